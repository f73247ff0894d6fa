package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArxivJsonlParserTest {
  private static final ParseContext CONTEXT = ParseContext.standard();

  private static CollectingSink parse(SourceFile file) throws Exception {
    CollectingSink sink = new CollectingSink();
    new ArxivJsonlParser().parse(file, CONTEXT, sink);
    return sink;
  }

  @Test
  void kaggle_record_with_journal_ref_is_a_journal_paper_dated_by_its_first_version()
      throws Exception {
    Work w = parse(Fixtures.file("arxiv/sample.jsonl")).work("1903.99991");

    assertThat(w.title()).isEqualTo("A Fictional Study of Streaming Attention");
    assertThat(w.abstractText()).isEqualTo("We study streaming attention in a fictional setting.");
    assertThat(w.authors()).containsExactly("J. Müller", "Ada Example");
    assertThat(w.date()).isEqualTo("2019-03-05");
    assertThat(w.year()).as("the journal's year wins over the submission date").isEqualTo(2020);
    assertThat(w.venueRaw()).isEqualTo("Journal of Imaginary Acoustics 41 (2020) 100-112");
    assertThat(w.type()).isEqualTo(WorkType.JOURNAL);
    assertThat(w.topics()).containsExactly("eess.AS", "cs.SD");
    assertThat(w.identifiers())
        .containsEntry("arxiv", "1903.99991")
        .containsEntry("doi", "10.99999/jia.2020.041");
    assertThat(w.sources().get(0).position()).isEqualTo(1);
  }

  @Test
  void dump_record_takes_its_venue_from_an_acceptance_comment() throws Exception {
    Work w = parse(Fixtures.file("arxiv/sample.jsonl")).work("2503.99992");

    assertThat(w.venue()).isNotNull();
    assertThat(w.venue().id()).isEqualTo("cvpr");
    assertThat(w.type()).isEqualTo(WorkType.CONFERENCE);
    assertThat(w.year()).isEqualTo(2025);
    assertThat(w.date()).as("update_date when versions is empty").isEqualTo("2025-03-18");
    assertThat(w.topics()).as("duplicates dropped").containsExactly("cs.CV", "cs.LG");
    assertThat(w.authors()).containsExactly("John Doe Jr.", "Mei Ling");
    assertThat(w.abstractText()).isEqualTo("Dense scenes need sparse tokens.");
  }

  @Test
  void record_without_parsed_authors_or_dates_falls_back_to_the_string_and_the_id()
      throws Exception {
    Work w = parse(Fixtures.file("arxiv/sample.jsonl")).work("2412.99999");

    assertThat(w.authors()).containsExactly("A. Lovelace", "C. Babbage", "G. Hopper");
    assertThat(w.year()).isEqualTo(2024);
    assertThat(w.date()).isNull();
    assertThat(w.type()).isEqualTo(WorkType.PREPRINT);
    assertThat(w.venue()).isNull();
    assertThat(w.sources().get(0).position()).as("blank lines do not count").isEqualTo(4);
  }

  @Test
  void broken_lines_are_skipped_with_their_numbers_and_the_rest_kept() throws Exception {
    CollectingSink sink = parse(Fixtures.file("arxiv/sample.jsonl"));

    assertThat(sink.works).hasSize(3);
    assertThat(sink.skippedLines()).containsExactly(3, 6, 7, 8);
    assertThat(sink.skipped.get(0).reason()).startsWith("invalid JSON");
    assertThat(sink.skipped.get(1).reason()).as("too deep").containsIgnoringCase("nesting");
    assertThat(sink.skipped.get(2).reason()).isEqualTo("not a JSON object");
    assertThat(sink.skipped.get(3).reason()).contains("no title");
  }

  @Test
  void sniff_knows_an_arxiv_line_from_other_json() {
    assertThat(ArxivJsonlParser.sniff("{\"id\": \"2501.1\", \"categories\": \"cs.CL\"}")).isTrue();
    assertThat(ArxivJsonlParser.sniff("{\"id\": \"x\", \"authors_parsed\": []}")).isTrue();
    assertThat(ArxivJsonlParser.sniff("{\"_id\": \"1\", \"text\": \"t\"}")).isFalse();
    assertThat(ArxivJsonlParser.sniff("id,title")).isFalse();
    assertThat(ArxivJsonlParser.sniff("{\"id\": ")).isFalse();
  }

  @Test
  void a_file_that_is_not_json_lines_is_malformed(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("x.jsonl"), "id,title\n1,a\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parse(new SourceFile(csv, "x.jsonl")))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("not JSON lines");
  }

  @Test
  void a_line_with_invalid_utf8_is_skipped_and_the_lines_around_it_kept(@TempDir Path dir)
      throws Exception {
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"id\": \"2501.00001\", \"title\": \"Fine\"}\n");
    Files.write(file, bad, StandardOpenOption.APPEND);
    Files.writeString(
        file, "{\"id\": \"2501.00003\", \"title\": \"Also fine\"}\n", StandardOpenOption.APPEND);

    CollectingSink sink = parse(new SourceFile(file, "bad.jsonl"));

    assertThat(sink.works).extracting(Work::title).containsExactly("Fine", "Also fine");
    assertThat(sink.skippedLines()).containsExactly(2);
    assertThat(sink.skipped.get(0).reason()).isEqualTo("invalid UTF-8");
  }
}
