package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.parse.Extractor;
import dev.cvsearch.indexer.parse.Extractor.Input;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Rebuilds the index of a data directory into a fresh generation and switches it in: extraction
 * (or, with {@code incremental}, the cached extraction of unchanged files), one index build, one
 * commit, an atomic pointer switch, then removal of what no reader needs. The Java API behind
 * {@code cvsearch reindex}, the server's admin route and the benchmark.
 *
 * <p>Incremental runs re-read only files whose content hash, size or modification time changed
 * (so a {@code touch} counts as a change), replay the cached records of the others, and drop the
 * files that vanished; the index itself is then rebuilt in full from those records, which keeps
 * merging and linking exactly as in a full run.
 */
public final class Reindexer {
  /**
   * @param data the data directory (or a single file)
   * @param index the index directory
   * @param incremental reuse the cached extraction of unchanged files
   */
  public record Options(Path data, Path index, boolean incremental) {}

  /** Opens the Lucene directory a new generation is written to. */
  @FunctionalInterface
  public interface Directories {
    Directory open(Path generationDir) throws IOException;
  }

  private final Consumer<String> progress;
  private final Directories directories;

  /** @param progress receives progress lines (at most one a second); may ignore them */
  public Reindexer(Consumer<String> progress) {
    this(progress, FSDirectory::open);
  }

  /**
   * A reindexer that writes generations through other directories: fault-injection tests wrap
   * the file-system directory to fail as a full disk would.
   */
  public Reindexer(Consumer<String> progress, Directories directories) {
    this.progress = progress;
    this.directories = directories;
  }

  /**
   * Runs a reindex.
   *
   * @throws IndexBusyException when another reindex holds the index directory
   * @throws IOException when the index cannot be written; the previous generation stays live
   */
  public ReindexResult run(Options options) throws IOException {
    long start = System.nanoTime();
    IndexLayout layout = IndexLayout.open(options.index());
    try (ReindexLock lock = layout.lockForReindex()) {
      List<String> removed = new ArrayList<>(layout.cleanup());
      Path cacheDir = layout.cacheDir();
      Files.createDirectories(cacheDir);
      List<Skipped> walkSkipped = new ArrayList<>();
      List<Input> inputs = Extractor.findInputs(List.of(options.data()), walkSkipped);
      String code = CodeFingerprint.current();
      Manifest previous = Manifest.read(cacheDir);
      boolean reuse = options.incremental() && previous.codeVersion().equals(code);
      // Files are read on several threads at once (Extractor): what they report is shared.
      Map<String, Manifest.FileEntry> files = Collections.synchronizedMap(new TreeMap<>());
      ProgressMeter meter = new ProgressMeter(progress);
      meter.reading(inputs.size(), inputs.stream().mapToLong(i -> size(i.path())).sum());
      Extractor extractor = new Extractor(ParseContext.standard(), name -> {});
      AtomicIntegerArray counts = new AtomicIntegerArray(2); // re-read, from cache
      Extraction x = extractor.extract(inputs, walkSkipped, (input, sink) -> {
        meter.startFile(input.name());
        RecordSink counted = counting(sink, meter);
        Skipped failure = readInput(input, counted, extractor, cacheDir,
            reuse ? previous.files().get(input.name()) : null, files, counts);
        meter.endFile(size(input.path()));
        return failure;
      });
      int vanished = options.incremental()
          ? (int) previous.files().keySet().stream().filter(n -> !files.containsKey(n)).count()
          : 0;
      var s = x.stats();
      if (s.filesRead() == 0) {
        return new ReindexResult(null, s.filesSeen(), 0, counts.get(0), counts.get(1), vanished,
            s.filesSkipped(), 0, 0, 0, 0, x.skipped(), 0, 0, removed, millis(start));
      }
      PausePoints.reached("parsed");
      IndexLayout.Generation gen;
      try {
        gen = layout.newGeneration();
      } catch (IOException e) {
        throw IoFailures.wrap("cannot create a new index generation in " + layout.root(), e);
      }
      GenerationWriter.Built built;
      try {
        built = new GenerationWriter(meter, directories).write(gen, x);
        PausePoints.reached("committed");
        layout.switchTo(gen);
      } catch (IOException | RuntimeException e) {
        try {
          IndexLayout.deleteTree(gen.dir()); // never served; the previous generation stays live
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup); // the next reindex removes it
        }
        if (e instanceof IOException io) {
          throw IoFailures.wrap("writing the new index generation " + gen.dir() + " failed", io);
        }
        throw (RuntimeException) e;
      }
      PausePoints.reached("switched");
      new Manifest(code, files).write(cacheDir);
      collectCacheGarbage(cacheDir, files);
      removed.addAll(layout.cleanup());
      return new ReindexResult(gen.name(), s.filesSeen(), s.filesRead(), counts.get(0),
          counts.get(1), vanished,
          s.filesSkipped(), x.people().size(), x.works().size(), s.workItems(),
          s.duplicatesMerged(), x.skipped(), built.minedAcronyms(), IndexLayout.sizeBytes(gen),
          removed, millis(start));
    }
  }

  /** Replays a file from the cache when its entry is current, otherwise parses and caches it. */
  private static Skipped readInput(Input input, RecordSink sink, Extractor extractor,
      Path cacheDir, Manifest.FileEntry cached, Map<String, Manifest.FileEntry> files,
      AtomicIntegerArray counts) {
    Manifest.FileEntry now;
    try {
      now = describe(input);
    } catch (IOException e) {
      return new Skipped(input.name(), null, "read error: " + e.getMessage());
    }
    Path cacheFile = cacheDir.resolve(now.cache());
    if (cached != null && cached.equals(now) && Files.isRegularFile(cacheFile)) {
      try {
        Skipped failure = RecordCache.replay(cacheFile, sink);
        files.put(input.name(), now);
        counts.incrementAndGet(1);
        return failure;
      } catch (IOException e) {
        // Records may already be in the sink; re-reading would count them twice.
        throw new UncheckedIOException("damaged reindex cache for " + input.name()
            + "; run a full reindex (without --incremental)", e);
      }
    }
    counts.incrementAndGet(0);
    RecordCache.Writer writer;
    try {
      writer = new RecordCache.Writer(cacheFile);
    } catch (IOException e) {
      // No cache this time: the records still reach the index; the next run re-reads the file.
      return extractor.parse(input, sink);
    }
    Skipped failure = extractor.parse(input, tee(sink, writer));
    try (writer) {
      if (writer.finish(failure)) {
        files.put(input.name(), now);
      }
    } catch (IOException e) {
      // Same: only the cache entry is lost, not the records.
    }
    return failure;
  }

  private static Manifest.FileEntry describe(Input input) throws IOException {
    MessageDigest md = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(input.path()), md)) {
      in.transferTo(OutputStreamSink.INSTANCE);
    }
    String sha = HexFormat.of().formatHex(md.digest());
    MessageDigest key = sha256();
    key.update((input.name() + "\n" + sha).getBytes(StandardCharsets.UTF_8));
    String cache = HexFormat.of().formatHex(key.digest(), 0, 16) + ".jsonl.gz";
    return new Manifest.FileEntry(sha, Files.size(input.path()),
        Files.getLastModifiedTime(input.path()).toMillis(), cache);
  }

  private static void collectCacheGarbage(Path cacheDir, Map<String, Manifest.FileEntry> files)
      throws IOException {
    Map<String, Boolean> live = new HashMap<>();
    files.values().forEach(f -> live.put(f.cache(), true));
    try (DirectoryStream<Path> all = Files.newDirectoryStream(cacheDir, "*.jsonl.gz*")) {
      for (Path p : all) {
        if (!live.containsKey(p.getFileName().toString())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static RecordSink counting(RecordSink sink, ProgressMeter meter) {
    return new RecordSink() {
      @Override
      public void person(Person p) {
        meter.record();
        sink.person(p);
      }

      @Override
      public void work(Work w) {
        meter.record();
        sink.work(w);
      }

      @Override
      public void skipped(Skipped s) {
        sink.skipped(s);
      }
    };
  }

  private static RecordSink tee(RecordSink a, RecordSink b) {
    return new RecordSink() {
      @Override
      public void person(Person p) {
        a.person(p);
        b.person(p);
      }

      @Override
      public void work(Work w) {
        a.work(w);
        b.work(w);
      }

      @Override
      public void skipped(Skipped s) {
        a.skipped(s);
        b.skipped(s);
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // only feeds the progress ETA; the read itself reports the problem
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Discards bytes: hashing only needs them read. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
