package dev.cvsearch.indexer.parse.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.ProfileStats;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileParserTest {
  private static final ParseContext CONTEXT = ParseContext.standard();
  private static final SourceFile FIXTURE_FILE =
      new SourceFile(Path.of("ada-quill.txt"), "ada-quill.txt");

  private final ProfileParser parser = new ProfileParser();

  private static String fixture() throws Exception {
    return Files.readString(fixturePath(), StandardCharsets.UTF_8);
  }

  private static Path fixturePath() throws URISyntaxException {
    return Path.of(ProfileParserTest.class.getResource("/fixtures/profile/ada-quill.txt").toURI());
  }

  private CollectingSink parse(String text) {
    CollectingSink sink = new CollectingSink();
    parser.parseText(text, FIXTURE_FILE, CONTEXT, sink);
    return sink;
  }

  @Test
  void the_format_is_called_profile() {
    assertThat(parser.format()).isEqualTo("profile");
  }

  @Test
  void the_header_becomes_one_person_with_profile_stats() throws Exception {
    CollectingSink sink = parse(fixture());

    assertThat(sink.people).hasSize(1);
    Person person = sink.people.get(0);
    assertThat(person.id()).isNull();
    assertThat(person.name()).isEqualTo("Ada Quill");
    assertThat(person.profile()).isEqualTo(new ProfileStats("cs.CL", 12, 5, 1204, 40, 71));
    assertThat(person.sources()).containsExactly("ada-quill.txt");
    assertThat(person.text()).isNull();
  }

  @Test
  void every_paper_is_read_in_order_with_its_topic_date_and_position() throws Exception {
    CollectingSink sink = parse(fixture());

    assertThat(sink.works)
        .extracting(Work::title)
        .containsExactly(
            "Lexical Lanterns: Tiny Models for Big Dictionaries",
            "LGTM: Reviewing Code Changes with Language Models",
            "An Internal Technical Report on Lanterns",
            "Quills Write Faster Than Pens",
            "A Paper in a Category Nobody Knows");
    assertThat(sink.works)
        .extracting(Work::date)
        .containsExactly("2024-01-05", "2024-02-29", "2023-12-01", "2022-07-04", "2021-05-02");
    assertThat(sink.works).extracting(Work::year).containsExactly(2024, 2024, 2023, 2022, 2021);
    assertThat(sink.works)
        .extracting(Work::topics)
        .containsExactly(
            List.of("cs.CL"),
            List.of("eess.AS"),
            List.of("eess.IV"),
            List.of("stat.ML"),
            List.of());
    assertThat(sink.works)
        .extracting(Work::sources)
        .containsExactly(
            List.of(new Source("ada-quill.txt", null, 1, null)),
            List.of(new Source("ada-quill.txt", null, 2, null)),
            List.of(new Source("ada-quill.txt", null, 3, null)),
            List.of(new Source("ada-quill.txt", null, 4, null)),
            List.of(new Source("ada-quill.txt", null, 5, null)));
  }

  @Test
  void et_al_marks_the_author_list_incomplete_and_the_badge_is_dropped() throws Exception {
    Work lanterns = parse(fixture()).works.get(0);

    assertThat(lanterns.authors()).containsExactly("Ada Quill", "Bram Okafor", "Céline Duval");
    assertThat(lanterns.authorsComplete()).isFalse();
    assertThat(lanterns.venue()).isNull();
    assertThat(lanterns.venueRaw()).isNull();
  }

  @Test
  void an_author_line_without_et_al_is_complete_and_corporate_authors_stay_as_printed()
      throws Exception {
    List<Work> works = parse(fixture()).works;

    assertThat(works.get(1).authors()).containsExactly("Ada Quill");
    assertThat(works.get(1).authorsComplete()).isTrue();
    assertThat(works.get(2).authors()).containsExactly("Lantern Consortium", "Ada Quill");
    assertThat(works.get(4).authors()).containsExactly("Bram Okafor", "Ada Quill");
  }

  @Test
  void abstract_paragraphs_are_kept_apart_and_a_missing_abstract_is_null() throws Exception {
    List<Work> works = parse(fixture()).works;

    assertThat(works.get(0).abstractText())
        .isEqualTo(
            "We light up dictionaries with tiny models that fit in a lantern. Our lanterns read"
                + " 40% faster than candles.\n\nA second paragraph explains the wick.");
    assertThat(works.get(1).abstractText()).isNull();
  }

  @Test
  void a_paper_without_an_author_line_keeps_its_abstract_and_no_authors() throws Exception {
    Work quills = parse(fixture()).works.get(3);

    assertThat(quills.authors()).isEmpty();
    assertThat(quills.authorsComplete()).isFalse();
    assertThat(quills.abstractText()).isEqualTo("We show that quills write faster than pens.");
  }

  @Test
  void papers_are_preprints_unless_the_title_says_technical_report() throws Exception {
    assertThat(parse(fixture()).works)
        .extracting(Work::type)
        .containsExactly(
            WorkType.PREPRINT,
            WorkType.PREPRINT,
            WorkType.TECHNICAL_REPORT,
            WorkType.PREPRINT,
            WorkType.PREPRINT);
  }

  @Test
  void an_unknown_category_code_keeps_the_paper_and_is_reported() throws Exception {
    CollectingSink sink = parse(fixture());

    assertThat(sink.skipped)
        .containsExactly(
            new Skipped(
                "ada-quill.txt",
                40,
                "unknown arXiv category code 'ZZ'; paper kept without a topic"));
  }

  @Test
  void windows_line_endings_parse_the_same() throws Exception {
    CollectingSink unix = parse(fixture());
    CollectingSink windows = parse(fixture().replace("\n", "\r\n"));

    assertThat(windows.works).isEqualTo(unix.works);
    assertThat(windows.people).isEqualTo(unix.people);
    assertThat(windows.skipped).isEqualTo(unix.skipped);
  }

  @Test
  void a_count_that_differs_from_the_papers_read_is_reported() throws Exception {
    String cut = fixture().substring(0, fixture().indexOf("MLJul 4, 2022"));

    CollectingSink sink = parse(cut);

    assertThat(sink.works).hasSize(3);
    assertThat(sink.skipped)
        .containsExactly(new Skipped("ada-quill.txt", null, "profile lists 5 papers, 3 parsed"));
  }

  @Test
  void a_day_that_does_not_exist_keeps_the_year_and_is_reported() {
    CollectingSink sink =
        parse("Ada Quill\n\nh-index1\n1papers\n\nLGFeb 30, 2021\nA Title\n\nAda Quill\n");

    assertThat(sink.works)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.date()).isNull();
              assertThat(w.year()).isEqualTo(2021);
              assertThat(w.topics()).containsExactly("cs.LG");
            });
    assertThat(sink.skipped).extracting(Skipped::line).containsExactly(6);
  }

  @Test
  void a_header_line_with_nothing_under_it_is_reported_and_the_count_check_notices() {
    CollectingSink sink =
        parse("Ada Quill\n2 Papers\nLGMar 1, 2021\nFirst\n\nAda Quill\nCLMar 2, 2021\n\n\n");

    assertThat(sink.works).extracting(Work::title).containsExactly("First");
    assertThat(sink.skipped)
        .containsExactly(
            new Skipped("ada-quill.txt", 7, "paper entry has no title"),
            new Skipped("ada-quill.txt", null, "profile lists 2 papers, 1 parsed"));
  }

  @Test
  void unrecognised_header_lines_are_reported_not_dropped() {
    CollectingSink sink =
        parse(
            "Ada Quill\nLantern Lab, Quillshire\nh-index3\n\nCLMar 2, 2021\nA Title\nAda Quill\n");

    assertThat(sink.people.get(0).profile().primaryCategory()).isNull();
    assertThat(sink.skipped)
        .containsExactly(
            new Skipped("ada-quill.txt", 2, "unrecognised header line 'Lantern Lab, Quillshire'"));
  }

  @Test
  void text_that_is_no_profile_is_reported_as_one_skip() {
    CollectingSink sink = parse("");

    assertThat(sink.people).isEmpty();
    assertThat(sink.works).isEmpty();
    assertThat(sink.skipped)
        .containsExactly(
            new Skipped("ada-quill.txt", null, "no profile header or paper entries found"));
  }

  @Test
  void sniff_accepts_profile_pages_and_rejects_cvs() throws Exception {
    assertThat(ProfileParser.sniff(fixture())).isTrue();
    assertThat(ProfileParser.sniff("h-index 7\n120 citations\n")).isTrue();
    assertThat(ProfileParser.sniff("x\nLGMar 1, 2021\nt\nCLMar 2, 2021\n")).isTrue();
    assertThat(ProfileParser.sniff("Ada Quill\nPublications\n[C1] A. Quill, \"Lanterns,\" 2021."))
        .isFalse();
    assertThat(ProfileParser.sniff("Ada Quill\nLGMar 1, 2021\nh-index 7 and 120 citations"))
        .isFalse();
    assertThat(ProfileParser.sniff(null)).isFalse();
  }

  @Test
  void parse_reads_the_file_itself() throws Exception {
    CollectingSink sink = new CollectingSink();

    parser.parse(new SourceFile(fixturePath(), "ada-quill.txt"), CONTEXT, sink);

    assertThat(sink.works).hasSize(5);
    assertThat(sink.people).hasSize(1);
  }

  @Test
  void parse_refuses_a_file_that_is_not_a_profile(@TempDir Path dir) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.txt"), "Ada Quill\nEducation\nPhD, 2020\n");

    assertThatThrownBy(
            () -> parser.parse(new SourceFile(cv, "cv.txt"), CONTEXT, new CollectingSink()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageStartingWith("not a profile page");
  }
}
