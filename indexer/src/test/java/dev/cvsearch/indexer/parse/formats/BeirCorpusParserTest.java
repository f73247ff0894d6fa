package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.ParseContext;
import org.junit.jupiter.api.Test;

class BeirCorpusParserTest {

  private static CollectingSink parse() throws Exception {
    CollectingSink sink = new CollectingSink();
    new BeirCorpusParser().parse(Fixtures.file("beir/corpus.jsonl"), ParseContext.standard(), sink);
    return sink;
  }

  @Test
  void document_becomes_a_work_with_its_text_as_abstract() throws Exception {
    Work w = parse().work("101");

    assertThat(w.title()).isEqualTo("Vitamin Q deficiency in fictional mice");
    assertThat(w.abstractText()).isEqualTo("Mice lacking vitamin Q sleep more. We measured it.");
    assertThat(w.type()).isEqualTo(WorkType.OTHER);
    assertThat(w.identifiers()).containsEntry("beir", "101");
    assertThat(w.sources().get(0).position()).isEqualTo(1);
  }

  @Test
  void blank_title_is_replaced_by_the_first_sentence() throws Exception {
    Work w = parse().work("102");

    assertThat(w.title()).isEqualTo("Imaginary proteins fold faster at night.");
    assertThat(w.identifiers()).containsEntry("doi", "10.99999/ip.102");
  }

  @Test
  void a_first_sentence_too_long_for_a_title_is_cut_at_a_word() throws Exception {
    Work w = parse().work("105");

    assertThat(w.title()).endsWith("word…").hasSizeLessThanOrEqualTo(161);
  }

  @Test
  void broken_lines_are_skipped_with_their_numbers_and_the_rest_kept() throws Exception {
    CollectingSink sink = parse();

    assertThat(sink.works)
        .extracting(w -> w.sources().get(0).localId())
        .containsExactly("101", "102", "105");
    assertThat(sink.skippedLines()).containsExactly(3, 4);
    assertThat(sink.skipped.get(1).reason()).isEqualTo("no _id");
  }

  @Test
  void sniff_needs_an_id_and_a_text() {
    assertThat(BeirCorpusParser.sniff("{\"_id\": \"1\", \"title\": \"\", \"text\": \"t\"}"))
        .isTrue();
    assertThat(BeirCorpusParser.sniff("{\"id\": \"1\", \"text\": \"t\"}")).isFalse();
    assertThat(BeirCorpusParser.sniff("not json")).isFalse();
  }
}
