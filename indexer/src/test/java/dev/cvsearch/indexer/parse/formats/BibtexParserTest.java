package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.model.VenueKind;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BibtexParserTest {
  private static final ParseContext CONTEXT = ParseContext.standard();

  private static CollectingSink parse(SourceFile file) throws Exception {
    CollectingSink sink = new CollectingSink();
    new BibtexParser().parse(file, CONTEXT, sink);
    return sink;
  }

  @Test
  void anthology_style_entry_becomes_a_conference_work_in_unicode() throws Exception {
    Work w = parse(Fixtures.file("bibtex/sample.bib")).work("mueller-etal-2023-tiny");

    assertThat(w.title()).isEqualTo("Tiny ASR: Streaming Speech Recognition for Microcontrollers");
    assertThat(w.authors()).containsExactly("Jörg Müller", "Ana María García");
    assertThat(w.authorsComplete()).as("'and others' cuts the list").isFalse();
    assertThat(w.venueRaw())
        .isEqualTo(
            "Proceedings of the 61st Annual Meeting of the Association for Computational"
                + " Linguistics (Volume 1: Long Papers)");
    assertThat(w.venue()).isNotNull();
    assertThat(w.type()).isEqualTo(WorkType.CONFERENCE);
    assertThat(w.year()).isEqualTo(2023);
    assertThat(w.abstractText())
        .isEqualTo("We present a tiny model – see Fig. 3 & Table 2 (\"quoted\").");
    assertThat(w.identifiers())
        .containsEntry("bibkey", "mueller-etal-2023-tiny")
        .containsEntry("doi", "10.99999/example.2023.9999")
        .containsEntry("url", "https://example.org/2023.acl-long.9999");
    assertThat(w.sources().get(0).position())
        .as("@string, @comment and @preamble are not entries")
        .isEqualTo(1);
    assertThat(w.id()).isNull();
    assertThat(w.people()).isEmpty();
  }

  @Test
  void braced_values_numbers_and_concatenation_are_joined() throws Exception {
    Work w = parse(Fixtures.file("bibtex/sample.bib")).work("novak2021wave");

    assertThat(w.title()).isEqualTo("WaveNet Vocoders, Revisited");
    assertThat(w.authors()).containsExactly("Petr Novák", "Karel Čapek");
    assertThat(w.authorsComplete()).isTrue();
    assertThat(w.year()).isEqualTo(2021);
    assertThat(w.type()).isEqualTo(WorkType.JOURNAL);
    assertThat(w.sources().get(0).position()).isEqualTo(2);
  }

  @Test
  void broken_entries_are_skipped_with_their_line_and_the_rest_kept() throws Exception {
    CollectingSink sink = parse(Fixtures.file("bibtex/sample.bib"));

    assertThat(sink.works)
        .extracting(w -> w.sources().get(0).localId())
        .containsExactly(
            "mueller-etal-2023-tiny",
            "novak2021wave",
            "smith2024strasse",
            "lee2022small",
            "park2024icassp");
    assertThat(sink.skippedLines()).containsExactly(31, 36);
    assertThat(sink.skipped.get(0).reason()).contains("unbalanced braces");
    assertThat(sink.skipped.get(1).reason()).contains("no title");
    assertThat(sink.skipped).allMatch(s -> s.file().equals("sample.bib"));
    assertThat(sink.work("smith2024strasse").sources().get(0).position())
        .as("skipped entries keep their place in the numbering")
        .isEqualTo(5);
  }

  @Test
  void arxiv_misc_entry_is_a_preprint_with_its_arxiv_id() throws Exception {
    Work w = parse(Fixtures.file("bibtex/sample.bib")).work("smith2024strasse");

    assertThat(w.title()).isEqualTo("Straße Networks");
    assertThat(w.authors()).containsExactly("John Smith Jr.");
    assertThat(w.type()).isEqualTo(WorkType.PREPRINT);
    assertThat(w.identifiers()).containsEntry("arxiv", "2401.99999");
  }

  @Test
  void string_macros_expand_and_workshops_are_typed_by_venue_kind() throws Exception {
    CollectingSink sink = parse(Fixtures.file("bibtex/sample.bib"));

    Work icassp = sink.work("park2024icassp");
    assertThat(icassp.venueRaw())
        .isEqualTo(
            "Proceedings of the IEEE International Conference on Acoustics, Speech and Signal"
                + " Processing (ICASSP) 2024");
    Work workshop = sink.work("lee2022small");
    assertThat(workshop.type()).isEqualTo(WorkType.WORKSHOP);
    assertThat(workshop.year()).as("'n.d.' is no year").isNull();
  }

  @Test
  void entry_left_open_at_the_end_of_the_file_is_reported(@TempDir Path dir) throws Exception {
    Path bib = dir.resolve("open.bib");
    Files.writeString(
        bib, "@article{a, title={A}}\n\n@article{b,\n  title={B}\n", StandardCharsets.UTF_8);

    CollectingSink sink = parse(new SourceFile(bib, "open.bib"));

    assertThat(sink.works).extracting(Work::title).containsExactly("A");
    assertThat(sink.skippedLines()).containsExactly(3);
    assertThat(sink.skipped.get(0).reason()).contains("end of file");
  }

  @Test
  void gzipped_file_reads_like_the_plain_one(@TempDir Path dir) throws Exception {
    SourceFile plain = Fixtures.file("bibtex/sample.bib");
    Path gz = dir.resolve("sample.bib.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain.path(), out);
    }

    CollectingSink sink = parse(new SourceFile(gz, "sample.bib.gz"));

    assertThat(sink.works)
        .extracting(Work::title)
        .containsExactlyElementsOf(parse(plain).works.stream().map(Work::title).toList());
  }

  @Test
  void a_file_without_entries_is_not_bibtex() {
    assertThatThrownBy(() -> parse(Fixtures.file("bibtex/not-bibtex.bib")))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("no BibTeX entries");
  }

  @Test
  void an_empty_file_is_no_error(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.bib"), "\n", StandardCharsets.UTF_8);

    assertThat(parse(new SourceFile(empty, "empty.bib")).works).isEmpty();
  }

  @Test
  void an_entry_with_invalid_utf8_is_skipped_and_the_next_kept(@TempDir Path dir) throws Exception {
    Path bib = dir.resolve("latin1.bib");
    Files.write(bib, "@article{a,\n  title={Caf".getBytes(StandardCharsets.UTF_8));
    Files.write(bib, new byte[] {(byte) 0xE9, '}', '\n', '}', '\n'}, StandardOpenOption.APPEND);
    Files.writeString(bib, "@article{b, title={Tea}}\n", StandardOpenOption.APPEND);

    CollectingSink sink = parse(new SourceFile(bib, "latin1.bib"));

    assertThat(sink.works).extracting(Work::title).containsExactly("Tea");
    assertThat(sink.skippedLines()).containsExactly(1);
    assertThat(sink.skipped.get(0).reason()).contains("invalid UTF-8 at line 2");
  }

  @Test
  void a_byte_order_mark_does_not_hide_the_first_entry(@TempDir Path dir) throws Exception {
    Path bib = dir.resolve("bom.bib");
    Files.writeString(bib, "\uFEFF@article{a, title={First}}\n", StandardCharsets.UTF_8);

    assertThat(parse(new SourceFile(bib, "bom.bib")).works)
        .extracting(Work::title)
        .containsExactly("First");
  }

  @Test
  void entry_types_map_to_publication_types_refined_by_the_venue_kind() {
    assertThat(BibtexParser.type("inproceedings", VenueKind.CONFERENCE, false))
        .isEqualTo(WorkType.CONFERENCE);
    assertThat(BibtexParser.type("inproceedings", VenueKind.JOURNAL, false))
        .isEqualTo(WorkType.JOURNAL);
    assertThat(BibtexParser.type("article", VenueKind.PREPRINT_SERVER, true))
        .isEqualTo(WorkType.PREPRINT);
    assertThat(BibtexParser.type("incollection", null, false)).isEqualTo(WorkType.CHAPTER);
    assertThat(BibtexParser.type("phdthesis", null, false)).isEqualTo(WorkType.THESIS);
    assertThat(BibtexParser.type("techreport", null, false)).isEqualTo(WorkType.TECHNICAL_REPORT);
    assertThat(BibtexParser.type("misc", null, false)).isEqualTo(WorkType.OTHER);
    assertThat(BibtexParser.type("patent", null, false)).isEqualTo(WorkType.PATENT);
  }
}
