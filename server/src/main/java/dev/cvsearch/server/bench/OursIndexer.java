package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.index.DocumentMapper;
import dev.cvsearch.indexer.index.IndexBuilder;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Our indexing, through the indexer's own classes: {@link DocumentMapper} makes the documents
 * (offsets for highlighting, the stored record, facets, people's work titles), {@link IndexBuilder}
 * writes one generation with one commit, and {@link IndexLayout} switches it in, as a reindex does.
 */
final class OursIndexer implements Corpus.DocSink, AutoCloseable {
  private final IndexLayout layout;
  private final IndexLayout.Generation gen;
  private final IndexBuilder builder;
  private final DocumentMapper mapper = new DocumentMapper();
  private boolean closed;

  OursIndexer(Path indexDir) throws IOException {
    layout = IndexLayout.open(indexDir);
    gen = layout.newGeneration();
    builder = new IndexBuilder(gen.dir());
  }

  @Override
  public void work(Work w) throws IOException {
    builder.add(w.id(), mapper.work(w));
  }

  @Override
  public void person(Person p, List<Work> works) throws IOException {
    builder.add(p.id(), mapper.person(p, works));
  }

  long documents() {
    return builder.documents();
  }

  /** Commits and makes the generation live. */
  void commit() throws IOException {
    String builtAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    builder.commit(Map.of("generation", gen.name(), "builtAt", builtAt));
    close();
    layout.switchTo(gen);
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      builder.close();
    }
  }
}
