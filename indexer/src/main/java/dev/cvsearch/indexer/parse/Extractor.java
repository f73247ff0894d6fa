package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.merge.PeopleLinker;
import dev.cvsearch.indexer.merge.TitleKeys;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Runs extraction over files and folders: finds the inputs, reads each with its reader, and merges
 * and links the records. A file that fails is skipped and reported; it never stops the run.
 */
public final class Extractor {
  private final ParseContext context;
  /** Readers keep no state between files, but each reader thread gets its own all the same. */
  private final ThreadLocal<Parsers> parsers = ThreadLocal.withInitial(Parsers::new);
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
   * <p>Files are read on {@link #READERS} threads at once (the source must allow that) while this
   * thread merges them in input order, so the outcome does not depend on which read finished
   * first.
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
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(READERS, inputs.size())), Extractor::readerThread);
    try {
      List<Future<FileRead>> reads = new ArrayList<>();
      for (Input input : inputs) {
        reads.add(pool.submit(() -> FileRead.of(input, source)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        progress.accept(inputs.get(i).name());
        FileRead r = await(reads.get(i));
        reads.set(i, null); // merged below: its lists need not outlive the merge
        skipped.addAll(r.skipped());
        for (int w = 0; w < r.works().size(); w++) {
          merger.add(r.works().get(w), r.keys().get(w));
        }
        r.people().forEach(people::add);
        counts[0] += r.people().size();
        counts[1] += r.works().size();
        // A file that failed late (a truncated .gz) keeps what was read and counts as read.
        if (r.failure() == null || r.emitted() > 0) {
          read++;
        } else {
          skippedWhole++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<Person> merged = people.people();
    List<Work> works = PeopleLinker.link(merger.works(), merged);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Extraction(merged, works, skipped, new ExtractionStats(
        inputs.size(), read, skippedWhole, counts[0] + counts[1], counts[1],
        merger.mergedCount(), millis));
  }

  /** Threads reading files at once: as many as there are cores, two at least. */
  static final int READERS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private static Thread readerThread(Runnable r) {
    Thread t = new Thread(r, "extract-reader");
    t.setDaemon(true);
    return t;
  }

  private static FileRead await(Future<FileRead> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the inputs", e);
    } catch (ExecutionException e) {
      // The source's own failure (a damaged cache, a reader error it does not turn into a skip).
      switch (e.getCause()) {
        case RuntimeException re -> throw re;
        case Error err -> throw err;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * What one file gave, read on a reader thread: records in file order, each work's merge key
   * (computed there, off the merging thread), what was skipped and the whole-file failure.
   */
  private record FileRead(List<Person> people, List<Work> works, List<String> keys,
      List<Skipped> skipped, Skipped failure, long emitted) {
    static FileRead of(Input input, FileSource source) {
      List<Person> people = new ArrayList<>();
      List<Work> works = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<Skipped> skipped = new ArrayList<>();
      RecordSink sink = new RecordSink() {
        @Override
        public void person(Person person) {
          people.add(person);
        }

        @Override
        public void work(Work work) {
          works.add(work);
          keys.add(TitleKeys.key(work.title()));
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
      return new FileRead(people, works, keys, skipped, failure, people.size() + works.size());
    }
  }

  /** Reads one file with its reader into the sink; returns the whole-file failure, or null. */
  public Skipped parse(Input input, RecordSink sink) {
    try {
      parsers.get().parse(new SourceFile(input.path(), input.name()), context, sink);
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
