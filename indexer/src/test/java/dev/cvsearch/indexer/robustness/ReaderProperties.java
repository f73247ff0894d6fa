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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Every reader on random input: nothing escapes a reader's contract (records, reported skips, or a
 * {@link MalformedSourceException} / {@link IOException} for the whole file).
 */
class ReaderProperties {
  private static final ParseContext CONTEXT = ParseContext.standard();
  private static final String[] EXTENSIONS = {
    "txt", "md", "tex", "bib", "jsonl", "json", "pdf", "bib.gz", "jsonl.gz"
  };

  @Provide
  Arbitrary<String> cvLike() {
    Arbitrary<String> pieces = Arbitraries.of(
        "\n", "\n\n", "- ", "[C01] ", "**", "*", "\"", "“", ",", ". ", " and ", "et al.", "(", ")",
        "[", "]", "Publications", "EDUCATION", "Patents", "2024", "Kai Zhen", "in Proceedings of the",
        "ICASSP", "US 2019 / 0164052 A1", "\t", "#", "—", "Ph.D.", "University", "Apr. 2021 – Now",
        "ASJun 30, 2022", "h-index3", "\\*", "@", "http://x.example", "\u0000", "é", "漢");
    return pieces.list().ofMaxSize(200).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void the_cv_reader_only_ever_reports_a_malformed_source(@ForAll("cvLike") String text) {
    try {
      new CvParser().parseText(text, new SourceFile(Path.of("x.txt"), "x.txt"), CONTEXT, new CollectingSink());
    } catch (MalformedSourceException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void the_profile_reader_never_throws(@ForAll("cvLike") String text) {
    new ProfileParser().parseText(text, new SourceFile(Path.of("p.txt"), "p.txt"), CONTEXT, new CollectingSink());
  }

  @Property(tries = 300)
  void text_cleaners_never_throw(@ForAll @StringLength(max = 2000) String text) {
    assertThat(LatexText.toPlain(text)).isNotNull();
    assertThat(MarkdownText.toPlain(text)).isNotNull();
  }

  @Property(tries = 200)
  void every_format_on_random_bytes_keeps_its_contract(
      @ForAll("extension") String extension, @ForAll byte[] bytes) throws IOException {
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

  @Property(tries = 200)
  void every_format_on_random_text_keeps_its_contract(
      @ForAll("extension") String extension, @ForAll("cvLike") String text) throws IOException {
    Path file = Files.createTempFile("prop", "." + extension);
    try {
      Files.writeString(file, text);
      new Parsers().parse(new SourceFile(file, file.getFileName().toString()), CONTEXT, new CollectingSink());
    } catch (MalformedSourceException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    } catch (IOException expected) {
      // Allowed: the extractor reports it by type (a truncated .gz is an EOFException).
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<String> extension() {
    return Arbitraries.of(EXTENSIONS);
  }
}
