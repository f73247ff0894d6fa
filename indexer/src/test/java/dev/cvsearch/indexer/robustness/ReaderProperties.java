package dev.cvsearch.indexer.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.Parsers;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.cv.CvParser;
import dev.cvsearch.indexer.parse.profile.ProfileParser;
import dev.cvsearch.indexer.parse.text.LatexText;
import dev.cvsearch.indexer.parse.text.MarkdownText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every reader on random input: nothing escapes a reader's contract (records, reported skips, or a
 * {@link MalformedSourceException} / {@link IOException} for the whole file).
 */
class ReaderProperties {
  private static final ParseContext CONTEXT = ParseContext.standard();
  private static final String[] EXTENSIONS = {
    "txt", "md", "tex", "bib", "jsonl", "json", "pdf", "bib.gz", "jsonl.gz"
  };

  private static final String[] CV_PIECES = {
    "\n", "\n\n", "- ", "[C01] ", "**", "*", "\"", "“", ",", ". ", " and ", "et al.", "(", ")",
    "[", "]", "Publications", "EDUCATION", "Patents", "2024", "Kai Zhen", "in Proceedings of the",
    "ICASSP", "US 2019 / 0164052 A1", "\t", "#", "—", "Ph.D.", "University", "Apr. 2021 – Now",
    "ASJun 30, 2022", "h-index3", "\\*", "@", "http://x.example", "\u0000", "é", "漢"
  };
  private static final long SEED = 20261124L;

  private static String cvLike(Random random) {
    return RandomInputs.glued(random, CV_PIECES, 200);
  }

  @Test
  void the_cv_reader_only_ever_reports_a_malformed_source() {
    Random random = new Random(SEED);
    for (int i = 0; i < 300; i++) {
      String text = cvLike(random);
      try {
        new CvParser().parseText(text, new SourceFile(Path.of("x.txt"), "x.txt"), CONTEXT, new CollectingSink());
      } catch (MalformedSourceException expected) {
        assertThat(expected.getMessage()).as(text).isNotBlank();
      }
    }
  }

  @Test
  void the_profile_reader_never_throws() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 300; i++) {
      new ProfileParser().parseText(cvLike(random), new SourceFile(Path.of("p.txt"), "p.txt"), CONTEXT,
          new CollectingSink());
    }
  }

  @Test
  void text_cleaners_never_throw() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 300; i++) {
      String text = i % 2 == 0 ? RandomInputs.unicode(random, 2000) : cvLike(random);
      assertThat(LatexText.toPlain(text)).isNotNull();
      assertThat(MarkdownText.toPlain(text)).isNotNull();
    }
  }

  @Test
  void every_format_on_random_bytes_keeps_its_contract() throws IOException {
    Random random = new Random(SEED + 3);
    for (int i = 0; i < 200; i++) {
      String extension = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
      readKeepsContract(extension, RandomInputs.bytes(random, 4096));
    }
  }

  @Test
  void every_format_on_random_text_keeps_its_contract() throws IOException {
    Random random = new Random(SEED + 4);
    for (int i = 0; i < 200; i++) {
      String extension = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
      readKeepsContract(extension, cvLike(random).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static void readKeepsContract(String extension, byte[] bytes) throws IOException {
    Path file = Files.createTempFile("prop", "." + extension);
    try {
      Files.write(file, bytes);
      new Parsers().parse(new SourceFile(file, file.getFileName().toString()), CONTEXT, new CollectingSink());
    } catch (MalformedSourceException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    } catch (IOException expected) {
      // Allowed: the extractor reports it by type (a truncated .gz is an EOFException).
    } finally {
      Files.deleteIfExists(file);
    }
  }

}
