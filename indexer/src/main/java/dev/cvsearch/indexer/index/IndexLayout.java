package dev.cvsearch.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The on-disk layout of an index directory: numbered generations and a pointer to the live one.
 *
 * <pre>
 * DIR/CURRENT          "gen-000007": the live generation (replaced atomically, never edited)
 * DIR/gen-000007/      a complete Lucene index + labels.json, synonyms.tsv, generation.json
 * DIR/gen-000006/      the previous generation, kept: readers in other processes may hold it
 * DIR/reindex.lock     held by the one reindex that may run on DIR
 * DIR/cache/           per-file extraction results for {@code --incremental}
 * </pre>
 *
 * <p>A reindex builds into {@link #newGeneration()}, commits, then calls {@link #switchTo}: the
 * pointer is written to a temporary file, fsynced and moved over {@code CURRENT} with
 * {@code ATOMIC_MOVE}, so a reader sees the old or the new generation, never a half-built one. A
 * crash at any point leaves the previous pointer, and {@link #cleanup()} (run by the next reindex)
 * removes generations that never became live.
 *
 * <p><b>For readers</b> (the search side): call {@link #currentGeneration()} to find the live
 * generation and open it with {@code FSDirectory.open(gen.dir())}; poll it (a one-line file read,
 * e.g. every second) and when {@link Generation#name()} changes, open the new one, swap it in for
 * new requests and close the old reader once its requests are done. Old generations are deleted
 * only two switches later, and an open reader keeps deleted files readable on POSIX systems.
 */
public final class IndexLayout {
  /** The default index directory when none is given ({@code ./index}). */
  public static final Path DEFAULT_DIR = Path.of("index");

  static final String POINTER = "CURRENT";
  private static final String LOCK = "reindex.lock";
  private static final Pattern GEN = Pattern.compile("gen-(\\d{6,})");

  private final Path root;

  private IndexLayout(Path root) {
    this.root = root;
  }

  /** The layout of a directory; it need not exist yet. */
  public static IndexLayout open(Path root) {
    return new IndexLayout(root.toAbsolutePath().normalize());
  }

  /** A generation: its name ("gen-000007") and directory. */
  public record Generation(String name, Path dir) {
    /** The generation's sequence number. */
    public long number() {
      Matcher m = GEN.matcher(name);
      return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
  }

  public Path root() {
    return root;
  }

  /** The directory for per-file extraction caches. */
  public Path cacheDir() {
    return root.resolve("cache");
  }

  /** The live generation, or empty when no index was ever switched in. */
  public Optional<Generation> currentGeneration() throws IOException {
    String name;
    try {
      name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!GEN.matcher(name).matches()) {
      throw new IOException("corrupt index pointer " + root.resolve(POINTER) + ": '" + name + "'");
    }
    return Optional.of(generationDir(name));
  }

  /** The generation of that name (it may not exist). */
  public Generation generationDir(String name) {
    if (!GEN.matcher(name).matches()) {
      throw new IllegalArgumentException("not a generation name: " + name);
    }
    return new Generation(name, root.resolve(name));
  }

  /** Creates the directory of a fresh generation, numbered after every existing one. */
  public Generation newGeneration() throws IOException {
    Files.createDirectories(root);
    long next = generations().stream().mapToLong(Generation::number).max().orElse(0) + 1;
    Generation gen = generationDir(String.format(Locale.ROOT, "gen-%06d", next));
    Files.createDirectory(gen.dir());
    return gen;
  }

  /** Every generation directory, oldest first. */
  public List<Generation> generations() throws IOException {
    List<Generation> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path p : dirs) {
        String n = p.getFileName().toString();
        if (Files.isDirectory(p) && GEN.matcher(n).matches()) {
          out.add(new Generation(n, p));
        }
      }
    }
    out.sort(Comparator.comparingLong(Generation::number));
    return out;
  }

  /** Makes a committed generation the live one, atomically and durably. */
  public void switchTo(Generation gen) throws IOException {
    if (!hasCommit(gen)) {
      throw new IOException("refusing to switch to " + gen.name() + ": it holds no committed index");
    }
    Path tmp = root.resolve(POINTER + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode(gen.name() + "\n"));
      ch.force(true);
    }
    PausePoints.reached("pointer");
    try {
      Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + root + " cannot replace files atomically", e);
    }
    IOUtils.fsync(root, true);
  }

  /**
   * Removes what no reader needs: generations other than the live one and the one before it
   * (half-built ones included) and a stale temporary pointer. Call it only while holding
   * {@link #lockForReindex()}, so no build in progress is removed.
   */
  public List<String> cleanup() throws IOException {
    Files.deleteIfExists(root.resolve(POINTER + ".tmp"));
    Optional<Generation> current = currentGeneration();
    long live = current.map(Generation::number).orElse(Long.MAX_VALUE);
    Generation previous = null;
    for (Generation g : generations()) {
      if (g.number() < live && hasCommit(g)) {
        previous = g;
      }
    }
    List<String> removed = new ArrayList<>();
    for (Generation g : generations()) {
      boolean keep = current.isPresent() && g.number() == live || previous != null && g.equals(previous);
      if (!keep) {
        deleteTree(g.dir());
        removed.add(g.name());
      }
    }
    return removed;
  }

  /** True when the generation holds a committed Lucene index. */
  public static boolean hasCommit(Generation gen) throws IOException {
    if (!Files.isDirectory(gen.dir())) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(gen.dir())) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /** Total size of a generation's files in bytes. */
  public static long sizeBytes(Generation gen) throws IOException {
    try (Stream<Path> files = Files.walk(gen.dir())) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /**
   * Takes the directory's reindex lock, so two reindexes never run on one index at once.
   *
   * @throws IndexBusyException when another reindex (in any process) holds it
   */
  public ReindexLock lockForReindex() throws IOException {
    Files.createDirectories(root);
    return ReindexLock.acquire(root.resolve(LOCK));
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    }
  }
}
