package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.merge.PeopleLinker;
import dev.cvsearch.indexer.merge.WorkMerger;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Runs extraction over files and folders: finds the inputs, reads each with its reader, and merges
 * and links the records. A file that fails is skipped and reported; it never stops the run.
 */
public final class Extractor {
  private final ParseContext context;
  private final Parsers parsers = new Parsers();
  private final Consumer<String> progress;

  public Extractor(ParseContext context, Consumer<String> progress) {
    this.context = context;
    this.progress = progress;
  }

  /** A file found under the inputs, with the name reports use for it. */
  public record Input(Path path, String name) {}

  /**
   * Where the records of one input come from: its reader ({@link #parse}) or, for an incremental
   * reindex, a cache of an earlier read.
   */
  @FunctionalInterface
  public interface FileSource {
    /** Streams the records of one input into the sink; returns the whole-file failure, or null. */
    Skipped read(Input input, RecordSink sink);
  }

  /** Extracts, merges and links everything under the given files and folders. */
  public Extraction extract(List<Path> roots) {
    List<Skipped> skipped = new ArrayList<>();
    List<Input> inputs = findInputs(roots, skipped);
    return extract(inputs, skipped, this::parse);
  }

  /**
   * Extracts, merges and links the given inputs, reading each through the source.
   *
   * @param inputs the files, as {@link #findInputs} lists them
   * @param walkSkipped what finding the inputs skipped (unsupported files, loops)
   * @param source reads one input
   */
  public Extraction extract(List<Input> inputs, List<Skipped> walkSkipped, FileSource source) {
    long start = System.nanoTime();
    List<Skipped> skipped = new ArrayList<>(walkSkipped);
    WorkMerger merger = new WorkMerger();
    PeopleLinker people = new PeopleLinker();
    long[] counts = new long[2];
    int read = 0;
    int skippedWhole = skipped.size(); // unsupported files, loops, missing roots
    for (Input input : inputs) {
      progress.accept(input.name());
      if (readOne(input, source, merger, people, skipped, counts)) {
        read++;
      } else {
        skippedWhole++;
      }
    }
    List<Person> merged = people.people();
    List<Work> works = PeopleLinker.link(merger.works(), merged);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Extraction(merged, works, skipped, new ExtractionStats(
        inputs.size(), read, skippedWhole, counts[0] + counts[1], counts[1],
        merger.mergedCount(), millis));
  }

  /**
   * Reads one file into the merger. Returns false when the whole file was skipped; a file that failed
   * late (a truncated .gz) keeps what was read before the failure and counts as read.
   */
  private static boolean readOne(Input input, FileSource source, WorkMerger merger,
      PeopleLinker people, List<Skipped> skipped, long[] counts) {
    List<Person> filePeople = new ArrayList<>();
    List<Work> fileWorks = new ArrayList<>();
    long[] emitted = new long[1];
    RecordSink sink = new RecordSink() {
      @Override
      public void person(Person person) {
        filePeople.add(person);
        emitted[0]++;
      }

      @Override
      public void work(Work work) {
        fileWorks.add(work);
        emitted[0]++;
        if (fileWorks.size() >= 4096) {
          flushWorks(fileWorks, merger, counts);
        }
      }

      @Override
      public void skipped(Skipped s) {
        skipped.add(s);
      }
    };
    Skipped failure = source.read(input, sink);
    if (failure != null) {
      skipped.add(failure);
    }
    flushWorks(fileWorks, merger, counts);
    filePeople.forEach(people::add);
    counts[0] += filePeople.size();
    return failure == null || emitted[0] > 0;
  }

  /** Reads one file with its reader into the sink; returns the whole-file failure, or null. */
  public Skipped parse(Input input, RecordSink sink) {
    try {
      parsers.parse(new SourceFile(input.path(), input.name()), context, sink);
      return null;
    } catch (MalformedSourceException e) {
      return e.toSkipped();
    } catch (IOException e) {
      return new Skipped(input.name(), null, describe(e));
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must not end the run: report it like any other unreadable file.
      return new Skipped(input.name(), null, "reader failed: " + e);
    }
  }

  private static void flushWorks(List<Work> works, WorkMerger merger, long[] counts) {
    works.forEach(merger::add);
    counts[1] += works.size();
    works.clear();
  }

  static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "file ends early (truncated or corrupt .gz?)";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data: " + e.getMessage();
    }
    if (e instanceof CharacterCodingException) {
      return "invalid UTF-8";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "file vanished while reading";
    }
    return "read error: " + e.getMessage();
  }

  /** The supported files under the roots, in a stable order; loops and unreadable folders reported. */
  public static List<Input> findInputs(List<Path> roots, List<Skipped> skipped) {
    List<Input> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        skipped.add(new Skipped(root.toString(), null, "no such file or folder"));
        continue;
      }
      if (!Files.isDirectory(root)) {
        out.add(new Input(root, root.getFileName().toString()));
        continue;
      }
      List<Input> found = new ArrayList<>();
      try {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 32, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return !dir.equals(root) && n.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String n = file.getFileName().toString();
            if (n.startsWith(".") || !attrs.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            if (Parsers.isSupported(file)) {
              found.add(new Input(file, name));
            } else {
              skipped.add(new Skipped(name, null, "unsupported file type" + ext(n)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String name = root.relativize(file).toString();
            skipped.add(new Skipped(name, null, e instanceof FileSystemLoopException
                ? "symbolic link loop" : describe(e)));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        skipped.add(new Skipped(root.toString(), null, describe(e)));
      }
      found.sort((a, b) -> a.name().compareTo(b.name()));
      out.addAll(found);
    }
    return out;
  }

  private static String ext(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? " (no extension)" : " " + name.substring(dot).toLowerCase(Locale.ROOT);
  }
}
