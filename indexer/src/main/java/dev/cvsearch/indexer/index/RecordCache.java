package dev.cvsearch.indexer.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The extraction result of one input file as a gzipped stream of JSON entries, so an incremental
 * reindex replays unchanged files instead of parsing them again. Written to a temporary file and
 * moved into place, so a crash never leaves a truncated cache entry under its final name.
 */
final class RecordCache {
  private static final ObjectMapper MAPPER = Json.MAPPER.copy()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private RecordCache() {}

  /**
   * One entry: exactly one of person (with its CV text, which {@link Person} does not serialise),
   * work, skipped line, or the end marker with the file's failure (null when it read fine).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(Person person, String text, Work work, Skipped skipped, Boolean end,
      Skipped failure) {}

  /** A sink that tees records into a cache file; {@link #finish} publishes it. */
  static final class Writer implements RecordSink, AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final JsonGenerator gen;
    private IOException error;

    Writer(Path target) throws IOException {
      this.target = target;
      this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
      OutputStream out = new GZIPOutputStream(
          new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16) {
        {
          def.setLevel(Deflater.BEST_SPEED); // a local cache: speed matters more than size
        }
      };
      gen = MAPPER.getFactory().createGenerator(out);
    }

    @Override
    public void person(Person p) {
      write(new Entry(p, p.text(), null, null, null, null));
    }

    @Override
    public void work(Work w) {
      write(new Entry(null, null, w, null, null, null));
    }

    @Override
    public void skipped(Skipped s) {
      write(new Entry(null, null, null, s, null, null));
    }

    private void write(Entry e) {
      if (error != null) {
        return;
      }
      try {
        MAPPER.writeValue(gen, e);
        gen.writeRaw('\n');
      } catch (IOException ex) {
        error = ex; // the cache is an optimisation: the run goes on, the entry is not published
      }
    }

    /** Writes the end marker and moves the file into place; false when the cache failed. */
    boolean finish(Skipped failure) throws IOException {
      write(new Entry(null, null, null, null, true, failure));
      gen.close();
      if (error != null) {
        Files.deleteIfExists(tmp);
        return false;
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    }

    @Override
    public void close() throws IOException {
      if (!gen.isClosed()) {
        gen.close();
      }
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Replays a cache file into the sink.
   *
   * @return the file's recorded failure, or null
   * @throws IOException when the cache file is unreadable or incomplete
   */
  static Skipped replay(Path file, RecordSink sink) throws IOException {
    try (InputStream in = new GZIPInputStream(
            new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        Entry e = MAPPER.readValue(p, Entry.class);
        if (e.person() != null) {
          sink.person(withText(e.person(), e.text()));
        } else if (e.work() != null) {
          sink.work(e.work());
        } else if (e.skipped() != null) {
          sink.skipped(e.skipped());
        } else if (Boolean.TRUE.equals(e.end())) {
          return e.failure();
        }
      }
    }
    throw new IOException("cache file " + file.getFileName() + " has no end marker");
  }

  private static Person withText(Person p, String text) {
    return new Person(p.id(), p.name(), p.aliases(), p.emails(), p.homepage(),
        p.currentPosition(), p.currentOrganization(), p.location(), p.positions(),
        p.education(), p.interests(), p.profile(), p.sources(), text);
  }
}
