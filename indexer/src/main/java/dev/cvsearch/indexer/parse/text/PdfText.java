package dev.cvsearch.indexer.parse.text;

import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text layer of a PDF CV with PDFBox, in reading order and page by page, then cleans
 * it with {@link PdfCleanup} (hyphenation, ligatures, running headers and page numbers).
 *
 * <p>Anything that is not a usable text PDF (not a PDF, encrypted, damaged, too big, scanned
 * without a text layer) is refused with a {@link MalformedSourceException} saying why.
 */
public final class PdfText {
  /** A CV PDF is a few hundred KB; anything past this is a thesis or a scan. */
  public static final long DEFAULT_MAX_BYTES = 30L * 1024 * 1024;

  /** Long academic CVs reach 30-40 pages; past this it is a book or a thesis, not a CV. */
  public static final int DEFAULT_MAX_PAGES = 60;

  /** Below this many letters per page on average, the "text" is page furniture, not content. */
  private static final int MIN_LETTERS_PER_PAGE = 25;

  private static final PdfText DEFAULTS = new PdfText(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);

  static {
    PdfBoxLogging.quiet();
  }

  private final long maxBytes;
  private final int maxPages;

  private PdfText(long maxBytes, int maxPages) {
    this.maxBytes = maxBytes;
    this.maxPages = maxPages;
  }

  /** An extractor with other limits than the defaults. */
  public static PdfText withLimits(long maxBytes, int maxPages) {
    return new PdfText(maxBytes, maxPages);
  }

  /** Extracts and cleans the text of {@code file} with the default limits. */
  public static String extract(SourceFile file) throws MalformedSourceException, IOException {
    return DEFAULTS.read(file);
  }

  /**
   * Extracts and cleans the text of {@code file}.
   *
   * @throws MalformedSourceException when the file is not a readable text PDF within the limits
   * @throws IOException when the file itself cannot be read
   */
  public String read(SourceFile file) throws MalformedSourceException, IOException {
    long size = Files.size(file.path());
    if (size > maxBytes) {
      throw malformed(
          file,
          "PDF is " + Sizes.human(size) + ", over the " + Sizes.human(maxBytes) + " limit",
          null);
    }
    checkHeader(file);
    List<String> pages = new ArrayList<>();
    try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.path());
        PDDocument doc = Loader.loadPDF(in, "", IOUtils.createMemoryOnlyStreamCache())) {
      int count = doc.getNumberOfPages();
      if (count == 0) {
        throw malformed(file, "PDF has no pages", null);
      }
      if (count > maxPages) {
        throw malformed(
            file, "PDF has " + count + " pages, over the " + maxPages + " page limit", null);
      }
      PDFTextStripper stripper = stripper();
      for (int p = 1; p <= count; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
    } catch (InvalidPasswordException e) {
      throw malformed(file, "encrypted PDF that needs a password", e);
    } catch (IOException e) {
      throw malformed(file, "damaged PDF: " + message(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox throws unchecked exceptions (and can recurse without end) on some broken files;
      // they are a property of this file, so report it as such and let the run go on.
      throw malformed(file, "damaged PDF: " + message(e), e);
    }
    String text = PdfCleanup.clean(pages);
    checkTextLayer(file, text, pages.size());
    return text;
  }

  private static PDFTextStripper stripper() {
    PDFTextStripper stripper = new PDFTextStripper();
    // Two-column CVs and tables come out in visual order only when sorted by position.
    stripper.setSortByPosition(true);
    stripper.setLineSeparator("\n");
    stripper.setPageStart("");
    stripper.setPageEnd("");
    return stripper;
  }

  /** Refuses early, with a plain reason, files that are not PDFs whatever their extension. */
  private static void checkHeader(SourceFile file) throws MalformedSourceException, IOException {
    byte[] head = new byte[1024];
    int n;
    try (InputStream in = Files.newInputStream(file.path())) {
      n = in.readNBytes(head, 0, head.length);
    }
    // The spec allows junk before the header (within the first 1024 bytes), PDFBox accepts it too.
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (n == 0) {
      throw malformed(file, "empty file", null);
    }
    if (!start.contains("%PDF-")) {
      throw malformed(file, "not a PDF (no %PDF header)", null);
    }
  }

  private static void checkTextLayer(SourceFile file, String text, int pages)
      throws MalformedSourceException {
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters < (long) MIN_LETTERS_PER_PAGE * pages) {
      throw malformed(file, "no text layer (scanned PDF?); OCR is not supported", null);
    }
    // Fonts without a Unicode mapping come out as replacement or private-use characters.
    long garbage =
        text.codePoints()
            .filter(c -> c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE)
            .count();
    if (garbage * 3 > letters) {
      throw malformed(
          file,
          "text layer is unreadable (fonts without a Unicode mapping); OCR is not supported",
          null);
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static MalformedSourceException malformed(SourceFile file, String reason, Throwable e) {
    return new MalformedSourceException(file.name(), null, reason, e);
  }
}
