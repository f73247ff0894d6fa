package dev.cvsearch.indexer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every real CV file in the shared data goes through the text layer without a surprise. */
@Tag("slow")
class CvCorpusSlowTest {
  private static final Path SHARED = Path.of(System.getProperty("cvsearch.shared", "../shared"));

  @Test
  void every_real_cv_file_is_text_or_refused_with_a_reason() throws IOException {
    List<Path> roots =
        List.of(SHARED.resolve("data/cvs-academic"), SHARED.resolve("data/resumes-sample"));
    Assumptions.assumeTrue(Files.isDirectory(roots.get(0)), "no shared data at " + SHARED);
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    Map<String, Integer> okByType = new TreeMap<>();
    Map<String, List<String>> skippedByReason = new TreeMap<>();
    long chars = 0;
    long start = System.nanoTime();
    for (Path path : files) {
      SourceFile file = new SourceFile(path, SHARED.relativize(path).toString());
      String type = extension(path);
      try {
        String text = textOf(file, type);
        if (text.isBlank()) {
          // Legitimate for a page whose CV lives in included data files; worth seeing, though.
          skippedByReason
              .computeIfAbsent("(no text after cleanup)", k -> new ArrayList<>())
              .add(file.name());
        } else {
          chars += text.length();
          okByType.merge(type, 1, Integer::sum);
        }
      } catch (MalformedSourceException e) {
        skippedByReason.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(file.name());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int ok = okByType.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        Locale.ROOT,
        "text layer over %d files: ok %d %s, %d chars, skipped %d, %.1f s%n",
        files.size(),
        ok,
        okByType,
        chars,
        files.size() - ok,
        seconds);
    skippedByReason.forEach(
        (reason, names) -> System.out.printf(Locale.ROOT, "  skipped (%s): %s%n", reason, names));
    assertThat(ok).isGreaterThan(files.size() * 9 / 10);
  }

  private static String textOf(SourceFile file, String type)
      throws MalformedSourceException, IOException {
    return switch (type) {
      case "pdf" -> PdfText.extract(file);
      case "tex" -> LatexText.toPlain(TextFiles.read(file));
      case "md", "markdown" -> MarkdownText.toPlain(TextFiles.read(file));
      default -> TextFiles.read(file);
    };
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
