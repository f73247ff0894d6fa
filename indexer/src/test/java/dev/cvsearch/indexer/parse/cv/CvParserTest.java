package dev.cvsearch.indexer.parse.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CvParserTest {
  private static final CollectingSink SINK = new CollectingSink();
  private static final List<Person> PEOPLE = SINK.people;
  private static final List<Work> WORKS = SINK.works;
  private static final List<Skipped> SKIPPED = SINK.skipped;

  @BeforeAll
  static void parseFixture() throws Exception {
    String text;
    try (InputStream in = CvParserTest.class.getResourceAsStream("/fixtures/cv/mara-lindqvist.md")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    new CvParser().parseText(text, new SourceFile(Path.of("mara.md"), "mara.md"),
        ParseContext.standard(), SINK);
  }

  private static Work work(String titleStart) {
    return WORKS.stream().filter(w -> w.title().startsWith(titleStart)).findFirst().orElseThrow(
        () -> new AssertionError("no work titled " + titleStart + " in " + WORKS));
  }

  @Test
  void the_person_has_name_contacts_position_and_education() {
    assertThat(PEOPLE).hasSize(1);
    Person p = PEOPLE.get(0);
    assertThat(p.name()).isEqualTo("Mara Lindqvist");
    assertThat(p.emails()).containsExactly("mara.lindqvist@example.org");
    assertThat(p.homepage()).isEqualTo("https://mara.example.org");
    assertThat(p.currentPosition()).isEqualTo("Principal Research Scientist");
    assertThat(p.currentOrganization()).isEqualTo("Northwind Research Labs");
    assertThat(p.education()).singleElement().satisfies(e -> {
      assertThat(e.degree()).isEqualTo("Ph.D.");
      assertThat(e.institution()).isEqualTo("University of Eastbrook");
      assertThat(e.yearEnd()).isEqualTo(2016);
      assertThat(e.thesis()).isEqualTo("Robust Acoustic Models for Noisy Rooms");
    });
    assertThat(p.text()).doesNotContain("mara.lindqvist@example.org");
  }

  @Test
  void every_item_becomes_a_work_in_reading_order_and_footnotes_do_not() {
    assertThat(WORKS).extracting(w -> w.sources().get(0).position())
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(SKIPPED).isEmpty();
  }

  @Test
  void quoted_title_citation_keeps_local_id_section_venue_and_year() {
    Work w = work("Chunked Streaming");
    assertThat(w.title()).isEqualTo("Chunked Streaming Transducers with Look-Ahead");
    assertThat(w.authors()).containsExactly("Omar Haddad", "Mara Lindqvist", "Ines Duarte");
    assertThat(w.sources().get(0).localId()).isEqualTo("C003");
    assertThat(w.sources().get(0).section()).isEqualTo("Refereed Conference Papers");
    assertThat(w.year()).isEqualTo(2024);
    assertThat(w.type()).isEqualTo(WorkType.CONFERENCE);
    assertThat(w.venueRaw()).startsWith("Proceedings of the IEEE International Conference on Acoustics");
  }

  @Test
  void a_citation_wrapped_over_two_lines_is_one_item() {
    assertThat(work("Sub-4-bit").title()).isEqualTo("Sub-4-bit Weights for RNN-T: A Study in Calibration");
  }

  @Test
  void sentence_style_citation_splits_authors_title_and_italic_venue() {
    Work w = work("Room-Aware");
    assertThat(w.title()).isEqualTo("Room-Aware Front Ends for Far-Field Recognition");
    assertThat(w.authors()).containsExactly("Ines Duarte", "Mara Lindqvist");
    assertThat(w.year()).isEqualTo(2021);
  }

  @Test
  void journal_section_types_the_item_as_journal() {
    Work w = work("Calibration of Quantised");
    assertThat(w.type()).isEqualTo(WorkType.JOURNAL);
    assertThat(w.year()).isEqualTo(2023);
  }

  @Test
  void patent_reads_inverted_first_inventor_number_and_publication_year() {
    Work w = work("Method for streaming");
    assertThat(w.type()).isEqualTo(WorkType.PATENT);
    assertThat(w.authors()).startsWith("Mara Lindqvist", "Omar Haddad");
    assertThat(w.identifiers()).containsEntry("patent", "US 2023 / 0123456 A1");
    assertThat(w.year()).isEqualTo(2023);
    assertThat(w.venue()).isNull();
  }

  @Test
  void title_line_items_read_in_submission_and_et_al() {
    Work tiny = work("Tiny Transducers");
    assertThat(tiny.type()).isEqualTo(WorkType.IN_SUBMISSION);
    assertThat(tiny.venue()).isNull();
    assertThat(tiny.year()).isNull();
    assertThat(tiny.authors()).containsExactly("Mara Lindqvist", "Omar Haddad");
    Work noise = work("Noise-Aware");
    assertThat(noise.type()).isEqualTo(WorkType.PREPRINT);
    assertThat(noise.authorsComplete()).isFalse();
    assertThat(noise.authors()).containsExactly("Ines Duarte", "Mara Lindqvist");
  }

  @Test
  void text_without_a_name_is_not_a_cv() {
    assertThatThrownBy(() -> new CvParser().parseText("1234 5678\n\nsome words", new SourceFile(
        Path.of("x.txt"), "x.txt"), ParseContext.standard(), new CollectingSink()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("no person name");
  }

  @Test
  void headings_are_recognised_but_titles_that_mention_them_are_not() throws IOException {
    assertThat(CvSections.classify("4. PUBLICATIONS")).isEqualTo(Section.SectionKind.PUBLICATIONS);
    assertThat(CvSections.classify("## PATENTS (US)")).isEqualTo(Section.SectionKind.PATENTS);
    assertThat(CvSections.classify("Peer Reviewed Workshops & Forums"))
        .isEqualTo(Section.SectionKind.WORKSHOP_PAPERS);
    assertThat(CvSections.classify("5. HONORS, AWARDS & SCHOLARSHIP")).isEqualTo(Section.SectionKind.OTHER);
    assertThat(CvSections.classify("Publications as Signals of Research Quality in Hiring")).isNull();
  }
}
