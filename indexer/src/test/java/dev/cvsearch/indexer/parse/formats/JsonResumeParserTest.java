package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.model.Education;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Position;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeParserTest {

  private static CollectingSink parse(SourceFile file) throws Exception {
    CollectingSink sink = new CollectingSink();
    new JsonResumeParser().parse(file, ParseContext.standard(), sink);
    return sink;
  }

  @Test
  void resume_becomes_one_person_with_positions_education_and_interests() throws Exception {
    CollectingSink sink = parse(Fixtures.file("jsonresume/resume.json"));

    assertThat(sink.people).hasSize(1);
    Person p = sink.people.get(0);
    assertThat(p.id()).isNull();
    assertThat(p.name()).isEqualTo("Imogen Quill");
    assertThat(p.emails()).containsExactly("imogen.quill@example.org");
    assertThat(p.homepage()).isEqualTo("https://quill.example.org");
    assertThat(p.location()).isEqualTo("Lakeside, North Province, XX");
    assertThat(p.currentPosition()).isEqualTo("Senior Research Scientist");
    assertThat(p.currentOrganization()).isEqualTo("Fictional Audio Labs");
    assertThat(p.positions())
        .containsExactly(
            new Position(
                "Senior Research Scientist",
                "Fictional Audio Labs",
                null,
                "2021-09",
                "present",
                "2021-09-01 – present",
                "Lakeside",
                null),
            new Position(
                "Postdoctoral Researcher",
                "Imaginary University",
                null,
                "2019-01",
                "2021-08",
                "2019-01 – 2021-08",
                null,
                null));
    assertThat(p.education())
        .containsExactly(
            new Education(
                "PhD",
                "Computer Science",
                "Imaginary University",
                null,
                2018,
                "2014-09-01 – 2018-12-15",
                null));
    assertThat(p.interests())
        .containsExactly("Speech recognition", "on-device ASR", "keyword spotting");
    assertThat(p.sources()).containsExactly("resume.json");
  }

  @Test
  void person_text_reads_as_plain_text_without_contact_lines() throws Exception {
    Person p = parse(Fixtures.file("jsonresume/resume.json")).people.get(0);

    assertThat(p.text())
        .contains("I build small speech models that run on tiny devices.")
        .contains("Senior Research Scientist, Fictional Audio Labs (2021-09-01 – present)")
        .contains("• Shipped a 2 MB recogniser")
        .contains("PhD, Computer Science, Imaginary University")
        .contains("Programming: Java, C")
        .doesNotContain("imogen.quill@example.org");
  }

  @Test
  void publications_become_works_by_the_owner_with_venue_and_year() throws Exception {
    CollectingSink sink = parse(Fixtures.file("jsonresume/resume.json"));

    assertThat(sink.works).hasSize(2);
    Work first = sink.works.get(0);
    assertThat(first.title()).isEqualTo("Tiny Transducers for Tiny Devices");
    assertThat(first.authors()).containsExactly("Imogen Quill");
    assertThat(first.authorsComplete()).isFalse();
    assertThat(first.venueRaw()).isEqualTo("Proceedings of ICASSP 2024");
    assertThat(first.venue().id()).isEqualTo("icassp");
    assertThat(first.type()).isEqualTo(WorkType.CONFERENCE);
    assertThat(first.year()).isEqualTo(2024);
    assertThat(first.date()).isEqualTo("2024-04-15");
    assertThat(first.identifiers()).containsEntry("doi", "10.99999/icassp.2024.1");
    assertThat(first.sources().get(0).position()).isEqualTo(1);
    assertThat(first.sources().get(0).section()).isEqualTo("publications");
    Work book = sink.works.get(1);
    assertThat(book.year()).isEqualTo(2022);
    assertThat(book.date()).isNull();
    assertThat(book.sources().get(0).position()).isEqualTo(3);
  }

  @Test
  void publication_without_a_name_is_skipped_with_its_line() throws Exception {
    CollectingSink sink = parse(Fixtures.file("jsonresume/resume.json"));

    assertThat(sink.skippedLines()).containsExactly(46);
    assertThat(sink.skipped.get(0).reason()).contains("publication 2");
  }

  @Test
  void json_that_is_not_a_resume_is_malformed() {
    assertThatThrownBy(() -> parse(Fixtures.file("jsonresume/not-a-resume.json")))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("not a JSON Resume");
  }

  @Test
  void truncated_json_is_malformed_with_a_line() {
    assertThatThrownBy(() -> parse(Fixtures.file("jsonresume/truncated.json")))
        .isInstanceOfSatisfying(
            MalformedSourceException.class, e -> assertThat(e.line()).isNotNull())
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void absurdly_deep_json_is_rejected_without_overflowing_the_stack(@TempDir Path dir)
      throws Exception {
    String deep =
        "{\"basics\": {\"name\": \"X\"}, \"work\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    Path file = Files.writeString(dir.resolve("deep.json"), deep, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parse(new SourceFile(file, "deep.json")))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("nesting");
  }

  @Test
  void sniff_needs_basics_and_a_section() {
    assertThat(JsonResumeParser.sniff("{\"basics\": {\"name\": \"A\"}, \"work\": [{}]}")).isTrue();
    assertThat(JsonResumeParser.sniff("{\"basics\": {\"name\": \"A\"}}")).isFalse();
    assertThat(JsonResumeParser.sniff("{\"name\": \"A\", \"work\": [{}]}")).isFalse();
    assertThat(JsonResumeParser.sniff("{\"basics\": ")).isFalse();
  }
}
