package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.Inputs;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.SourceParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every record of the real ACL Anthology and arXiv dumps is accounted for: read as a work or
 * reported as skipped. The expected counts come from counting lines, not from the parsers.
 */
@Tag("slow")
class RealDataTest {
  private static final Pattern ENTRY_START =
      Pattern.compile("^\\s*@(?!(?i:string|comment|preamble)\\b)[A-Za-z]+\\s*[{(].*");

  @Test
  void every_acl_anthology_entry_is_read_or_reported() throws Exception {
    Path bib = Fixtures.shared().resolve("data/acl-anthology/anthology+abstracts.bib.gz");
    assumeTrue(Files.exists(bib), "ACL Anthology dump not available");

    long entries = countLines(bib, l -> ENTRY_START.matcher(l).matches());
    CollectingSink sink = timed("bibtex", new BibtexParser(), bib, entries);

    assertThat(sink.works.size() + sink.skipped.size()).isEqualTo(entries);
    assertThat(sink.works).as("the Anthology's own export is well-formed").hasSize(71_244);
    assertThat(sink.works).allMatch(w -> w.venueRaw() != null && w.year() != null);
  }

  @Test
  void every_arxiv_record_is_read_or_reported() throws Exception {
    Path jsonl = Fixtures.shared().resolve("data/arxiv-cs/arxiv-cs-2025-2026.jsonl.gz");
    assumeTrue(Files.exists(jsonl), "arXiv dump not available");

    long records = countLines(jsonl, l -> !l.isBlank());
    CollectingSink sink = timed("arxiv-jsonl", new ArxivJsonlParser(), jsonl, records);

    assertThat(sink.works.size() + sink.skipped.size()).isEqualTo(records);
    assertThat(sink.works).hasSize(74_728);
    assertThat(sink.works).allMatch(w -> w.year() != null && !w.topics().isEmpty());
  }

  private static CollectingSink timed(String what, SourceParser parser, Path path, long expected)
      throws Exception {
    CollectingSink sink = new CollectingSink();
    long start = System.nanoTime();
    parser.parse(
        new SourceFile(path, path.getFileName().toString()), ParseContext.standard(), sink);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %d records in file, %d works, %d skipped, %.1f s%n",
        what,
        expected,
        sink.works.size(),
        sink.skipped.size(),
        seconds);
    sink.skipped.stream().limit(20).forEach(s -> System.out.println("  skipped " + s));
    return sink;
  }

  private static long countLines(Path path, Predicate<String> counted) throws IOException {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Inputs.open(path), StandardCharsets.UTF_8))) {
      return in.lines().filter(counted).count();
    }
  }
}
