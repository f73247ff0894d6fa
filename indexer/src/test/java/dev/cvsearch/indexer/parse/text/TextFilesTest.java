package dev.cvsearch.indexer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir Path dir;

  private SourceFile write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return new SourceFile(p, name);
  }

  private SourceFile write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void utf8_text_is_read_with_bom_dropped_and_crlf_normalised() throws Exception {
    byte[] body =
        "Jane Doe\r\nPublications\r\n\r\nMüller, “Title”\rend".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertThat(TextFiles.read(write("cv.md", withBom)))
        .isEqualTo("Jane Doe\nPublications\n\nMüller, “Title”\nend");
  }

  @Test
  void utf16_with_bom_is_text_too() throws Exception {
    byte[] utf16 = "\uFEFFJane\nDoe".getBytes(StandardCharsets.UTF_16LE);
    assertThat(TextFiles.read(write("cv.txt", utf16))).isEqualTo("Jane\nDoe");
  }

  @Test
  void binary_content_in_a_txt_file_is_refused() throws Exception {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x', 'y'};
    SourceFile file = write("cv.txt", bytes);
    assertThatThrownBy(() -> TextFiles.read(file))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessage("binary content, not text");
  }

  @Test
  void looks_binary_on_nul_or_many_control_bytes_only() {
    assertThat(TextFiles.looksBinary(new byte[] {'a', 0, 'b'})).isTrue();
    assertThat(TextFiles.looksBinary(new byte[] {1, 2, 3, 'a', 5, 6})).isTrue();
    assertThat(TextFiles.looksBinary("plain\ttext\r\n\f".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(TextFiles.looksBinary("Zürich – ünïcödé".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(TextFiles.looksBinary(new byte[0])).isFalse();
  }

  @Test
  void empty_and_blank_files_are_refused() throws Exception {
    SourceFile empty = write("empty.txt", new byte[0]);
    SourceFile blank = write("blank.md", " \n\t\r\n ");
    assertThatThrownBy(() -> TextFiles.read(empty)).hasMessage("empty file");
    assertThatThrownBy(() -> TextFiles.read(blank)).hasMessage("empty file");
  }

  @Test
  void invalid_utf8_names_the_line_of_the_first_bad_byte() throws Exception {
    byte[] good = "line 1\nline 2\r\nline 3\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 8];
    System.arraycopy(good, 0, bytes, 0, good.length);
    byte[] tail = {'c', 'a', 'f', (byte) 0xE9, ' ', 'x', '\n', 'y'}; // Latin-1 "café"
    System.arraycopy(tail, 0, bytes, good.length, tail.length);
    SourceFile file = write("cv.tex", bytes);

    assertThatThrownBy(() -> TextFiles.read(file))
        .isInstanceOfSatisfying(
            MalformedSourceException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("invalid UTF-8 at line 4");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.file()).isEqualTo("cv.tex");
            });
  }

  @Test
  void a_50_mb_file_is_refused_quickly_without_being_read() throws Exception {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse: costs no disk and no read
    }
    long start = System.nanoTime();
    assertThatThrownBy(() -> TextFiles.read(new SourceFile(big, "huge.txt")))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessage("file is 50 MB, over the 8 MB limit for text");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void the_size_limit_can_be_lowered() throws Exception {
    SourceFile file = write("cv.txt", "x".repeat(2000));
    assertThatThrownBy(() -> TextFiles.read(file, 1024))
        .hasMessage("file is 2.0 KB, over the 1.0 KB limit for text");
  }
}
