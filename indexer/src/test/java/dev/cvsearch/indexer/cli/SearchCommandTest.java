package dev.cvsearch.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.search.SearchResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cvsearch search} over a seeds index. */
class SearchCommandTest {
  private static Path seeds() {
    return SharedData.root().resolve("seeds");
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    return new CommandLine(new SearchCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void json_output_is_a_search_response_with_filters_applied(@TempDir Path index) throws Exception {
    new Reindexer(line -> {}).run(new Reindexer.Options(seeds(), index, false));
    StringWriter out = new StringWriter();
    int code = run(out, new StringWriter(), "--index", index.toString(), "--json", "--venue", "emnlp",
        "--type", "work", "zeroth", "order");
    assertThat(code).isZero();
    SearchResponse r = Json.MAPPER.readValue(out.toString(), SearchResponse.class);
    assertThat(r.hits()).isNotEmpty().allMatch(h -> h.venue().id().equals("emnlp"));
  }

  @Test
  void a_query_too_long_is_a_usage_error_and_a_missing_index_a_failure(@TempDir Path index) {
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "--index", index.toString(), "x".repeat(600));
    assertThat(err.toString()).contains("query too long");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("query too long");
    assertThat(run(new StringWriter(), new StringWriter(), "--index", index.resolve("none").toString(), "speech"))
        .isEqualTo(1);
  }
}
