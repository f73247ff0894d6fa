package dev.cvsearch.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of broken files beside one good CV: every bad file is listed with its reason (and line,
 * where one applies), the run completes, and nothing else is lost.
 */
class ExtractorBadInputTest {
  @TempDir static Path dir;
  private static Extraction extraction;

  private static String arxivLine(String id, String title) {
    return "{\"id\":\"" + id + "\",\"authors\":\"Ada Quill, Ben Ortiz\",\"title\":\"" + title
        + "\",\"comments\":null,\"journal-ref\":null,\"doi\":null,\"categories\":\"cs.CL\","
        + "\"abstract\":\"We study things.\",\"versions\":[],\"update_date\":\"2024-03-05\","
        + "\"authors_parsed\":[[\"Quill\",\"Ada\",\"\"],[\"Ortiz\",\"Ben\",\"\"]]}";
  }

  @BeforeAll
  static void writeBadFilesAndExtract() throws IOException {
    try (InputStream in = ExtractorBadInputTest.class.getResourceAsStream("/fixtures/cv/mara-lindqvist.md")) {
      Files.write(dir.resolve("good-cv.md"), in.readAllBytes());
    }
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 % 256);
    }
    Files.write(dir.resolve("binary.txt"), binary);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    byte[] badUtf8 = "Jane Roe\n\nPublications\n\nline three \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("bad-utf8.txt"), badUtf8);
    Files.writeString(dir.resolve("listing.jsonl"),
        arxivLine("2403.00001", "Good Record One") + "\n{\"id\": broken\n"
            + arxivLine("2403.00002", "Good Record Two") + "\n", StandardCharsets.UTF_8);
    Path gz = dir.resolve("truncated.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      for (int i = 0; i < 2000; i++) {
        out.write((arxivLine("2404." + String.format("%05d", i), "Truncated Record " + i) + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = Files.readAllBytes(gz);
    Files.write(gz, Arrays.copyOf(whole, whole.length / 2));
    Path unreadable = dir.resolve("unreadable.txt");
    Files.writeString(unreadable, "Secret Person\n");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), loop);
    Files.writeString(dir.resolve("notes.xyz"), "not an input");
    extraction = new Extractor(ParseContext.standard(), f -> {}).extract(List.of(dir));
  }

  private static Skipped skippedFile(String name) {
    return extraction.skipped().stream().filter(s -> s.file().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not reported in " + extraction.skipped()));
  }

  @Test
  void the_good_cv_is_read_in_full() {
    assertThat(extraction.people()).extracting(p -> p.name()).contains("Mara Lindqvist");
    assertThat(extraction.works()).filteredOn(w -> w.sources().get(0).file().equals("good-cv.md"))
        .hasSize(7);
  }

  @Test
  void binary_data_named_txt_is_skipped_as_binary() {
    assertThat(skippedFile("binary.txt").reason()).containsIgnoringCase("binary");
  }

  @Test
  void an_empty_file_is_skipped_as_empty() {
    assertThat(skippedFile("empty.txt").reason()).containsIgnoringCase("empty");
  }

  @Test
  void a_50_mb_text_file_is_skipped_for_its_size() {
    assertThat(skippedFile("huge.txt").reason()).containsIgnoringCase("MB");
  }

  @Test
  void invalid_utf8_is_skipped_with_its_line() {
    Skipped s = skippedFile("bad-utf8.txt");
    assertThat(s.reason()).containsIgnoringCase("UTF-8");
    assertThat(s.line()).isEqualTo(5);
  }

  @Test
  void a_broken_jsonl_line_is_skipped_and_the_rest_kept() {
    Skipped s = skippedFile("listing.jsonl");
    assertThat(s.line()).isEqualTo(2);
    assertThat(extraction.works()).extracting(Work::title)
        .contains("Good Record One", "Good Record Two");
  }

  @Test
  void a_truncated_gz_keeps_what_came_before_and_is_reported() {
    assertThat(skippedFile("truncated.jsonl.gz").reason()).isNotBlank();
    long kept = extraction.works().stream()
        .filter(w -> w.sources().get(0).file().equals("truncated.jsonl.gz")).count();
    assertThat(kept).isBetween(1L, 1999L);
  }

  @Test
  void an_unreadable_file_is_skipped_with_permission_denied() {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads files whatever their permissions");
    assertThat(skippedFile("unreadable.txt").reason()).containsIgnoringCase("permission");
  }

  @Test
  void a_symlink_loop_is_reported_not_followed_forever() {
    assertThat(extraction.skipped()).anySatisfy(s -> {
      assertThat(s.file()).startsWith("loop/again");
      assertThat(s.reason()).contains("loop");
    });
  }

  @Test
  void an_unsupported_file_type_is_reported() {
    assertThat(skippedFile("notes.xyz").reason()).contains("unsupported");
  }
}
