package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.parse.cv.CvParser;
import dev.cvsearch.indexer.parse.formats.ArxivJsonlParser;
import dev.cvsearch.indexer.parse.formats.BeirCorpusParser;
import dev.cvsearch.indexer.parse.formats.BibtexParser;
import dev.cvsearch.indexer.parse.formats.JsonResumeParser;
import dev.cvsearch.indexer.parse.profile.ProfileParser;
import dev.cvsearch.indexer.parse.text.LatexText;
import dev.cvsearch.indexer.parse.text.MarkdownText;
import dev.cvsearch.indexer.parse.text.PdfText;
import dev.cvsearch.indexer.parse.text.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * Picks the reader for a file by its extension and, where an extension is shared (.jsonl, .json,
 * .txt), by its content, then runs it. The one place that knows which formats exist.
 */
public final class Parsers {
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "rst");

  private final BibtexParser bibtex = new BibtexParser();
  private final ArxivJsonlParser arxiv = new ArxivJsonlParser();
  private final BeirCorpusParser beir = new BeirCorpusParser();
  private final JsonResumeParser jsonResume = new JsonResumeParser();
  private final ProfileParser profile = new ProfileParser();
  private final CvParser cv = new CvParser();

  /** Whether a file's name says it is an input we read (others are skipped as unsupported). */
  public static boolean isSupported(Path path) {
    String ext = extension(path);
    return ext.equals("bib") || ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json")
        || ext.equals("pdf") || ext.equals("tex") || TEXT_EXTENSIONS.contains(ext);
  }

  /** Reads the file with the reader its name and content call for. */
  public void parse(SourceFile file, ParseContext ctx, RecordSink sink)
      throws MalformedSourceException, IOException {
    String ext = extension(file.path());
    switch (ext) {
      case "bib" -> bibtex.parse(file, ctx, sink);
      case "jsonl", "ndjson" -> jsonLines(file, ctx, sink);
      case "json" -> jsonResume.parse(file, ctx, sink);
      case "pdf" -> cv.parseText(PdfText.extract(file), file, ctx, sink);
      case "tex" -> cv.parseText(LatexText.toPlain(TextFiles.read(file)), file, ctx, sink);
      default -> {
        if (!TEXT_EXTENSIONS.contains(ext)) {
          throw new MalformedSourceException(file.name(), null, "unsupported file type ." + ext);
        }
        plainText(file, ctx, sink);
      }
    }
  }

  private void plainText(SourceFile file, ParseContext ctx, RecordSink sink)
      throws MalformedSourceException, IOException {
    if (startsWithPdfMagic(file.path())) {
      cv.parseText(PdfText.extract(file), file, ctx, sink);
      return;
    }
    String text = TextFiles.read(file);
    if (ProfileParser.sniff(text)) {
      profile.parseText(text, file, ctx, sink);
    } else {
      cv.parseText(MarkdownText.toPlain(text), file, ctx, sink);
    }
  }

  private void jsonLines(SourceFile file, ParseContext ctx, RecordSink sink)
      throws MalformedSourceException, IOException {
    String first = firstNonBlankLine(file.path());
    if (first == null) {
      throw new MalformedSourceException(file.name(), null, "empty file");
    }
    if (ArxivJsonlParser.sniff(first)) {
      arxiv.parse(file, ctx, sink);
    } else if (BeirCorpusParser.sniff(first)) {
      beir.parse(file, ctx, sink);
    } else {
      throw new MalformedSourceException(
          file.name(), 1, "JSON lines in an unknown layout (expected arXiv metadata or a BEIR corpus)");
    }
  }

  private static String firstNonBlankLine(Path path) throws IOException {
    try (BufferedReader r = Inputs.strictUtf8Reader(path)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          return line.length() > 1_000_000 ? line.substring(0, 1_000_000) : line;
        }
      }
      return null;
    }
  }

  private static boolean startsWithPdfMagic(Path path) throws IOException {
    try (InputStream in = Inputs.open(path)) {
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }
  }

  /** The extension that names the format, ignoring a trailing .gz: "x.bib.gz" → "bib". */
  static String extension(Path path) {
    String name = Inputs.logicalName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
