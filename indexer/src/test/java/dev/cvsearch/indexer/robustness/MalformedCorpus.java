package dev.cvsearch.indexer.robustness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of malformed input files, each broken in one known way: binary data named .txt,
 * empty files, oversized files, invalid UTF-8, broken JSON lines, unbalanced BibTeX, PDFs that are not
 * PDFs, deeply nested JSON, very long lines, truncated gzip. Deterministic for a seed.
 */
public final class MalformedCorpus {
  private static final int KINDS = 16;

  private MalformedCorpus() {}

  /** Writes {@code count} files into {@code dir} and returns their names. */
  public static List<String> write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = i % KINDS;
      String name = String.format(Locale.ROOT, "bad-%04d-%s", i, extension(kind));
      writeOne(dir.resolve(name), kind, random);
      names.add(name);
    }
    return names;
  }

  private static String extension(int kind) {
    return switch (kind) {
      case 0 -> "binary.txt";
      case 1 -> "empty.md";
      case 2 -> "huge.txt";
      case 3 -> "utf8.txt";
      case 4 -> "broken.jsonl";
      case 5 -> "unbalanced.bib";
      case 6 -> "fake.pdf";
      case 7 -> "truncated.pdf";
      case 8 -> "nested.json";
      case 9 -> "longline.jsonl";
      case 10 -> "truncated.jsonl.gz";
      case 11 -> "noname.txt";
      case 12 -> "notresume.json";
      case 13 -> "empty.bib";
      case 14 -> "unknown-layout.jsonl";
      default -> "blank.tex";
    };
  }

  private static void writeOne(Path file, int kind, Random random) throws IOException {
    switch (kind) {
      case 0 -> Files.write(file, randomBytes(random, 2048 + random.nextInt(4096), true));
      case 1 -> Files.write(file, new byte[0]);
      case 2 -> {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          f.setLength((20 + random.nextInt(40)) * 1024L * 1024L); // sparse: cheap on disk
        }
      }
      case 3 -> {
        byte[] head = "Jane Doe\n\nPublications\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        Files.write(file, concat(head, bad));
      }
      case 4 -> Files.writeString(file, "{\"id\": \"2401.0000" + random.nextInt(9) + "\", \"title\": \n"
          + "not json at all\n{\"categories\": [unclosed\n", StandardCharsets.UTF_8);
      case 5 -> Files.writeString(file, "@inproceedings{key" + random.nextInt(1000)
          + ",\n  title = {An {Unbalanced Title},\n  year = 2020\n", StandardCharsets.UTF_8);
      case 6 -> Files.write(file, randomBytes(random, 1024, false));
      case 7 -> Files.write(file, concat("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(
          StandardCharsets.US_ASCII), randomBytes(random, 512, true)));
      case 8 -> Files.writeString(file, "[".repeat(20_000) + "]".repeat(20_000), StandardCharsets.UTF_8);
      case 9 -> Files.writeString(file, "{\"_id\": \"x\", \"title\": \"T\", \"text\": \"" + "a".repeat(2 << 20)
          + "\n", StandardCharsets.UTF_8); // a 2 MB line whose string never closes
      case 10 -> {
        byte[] whole;
        var buffer = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
          out.write("{\"_id\": \"1\", \"title\": \"T\", \"text\": \"body\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        whole = buffer.toByteArray();
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
      }
      case 11 -> Files.writeString(file, "12345 67890\n\n" + "lorem ipsum ".repeat(50), StandardCharsets.UTF_8);
      case 12 -> Files.writeString(file, "{\"name\": \"not a resume\", \"items\": [1, 2, 3]}", StandardCharsets.UTF_8);
      case 13 -> Files.writeString(file, "% only a comment, no entries\n", StandardCharsets.UTF_8);
      case 14 -> Files.writeString(file, "{\"foo\": 1}\n{\"bar\": 2}\n", StandardCharsets.UTF_8);
      default -> Files.writeString(file, "\\documentclass{article}\n\\begin{document}\n\\end{document}\n",
          StandardCharsets.UTF_8);
    }
  }

  private static byte[] randomBytes(Random random, int n, boolean withNul) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    if (withNul) {
      b[n / 2] = 0;
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
