package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes one generation: a single {@link IndexWriter} in CREATE mode, documents keyed by
 * {@link Fields#ID}, one commit at the end, so a reader sees all of the generation or nothing.
 * Closing without {@link #commit} rolls back.
 */
public final class IndexBuilder implements AutoCloseable {
  private final Directory dir;
  private final IndexWriter writer;
  private boolean committed;
  private long docs;

  public IndexBuilder(Path generationDir) throws IOException {
    this(FSDirectory.open(generationDir));
  }

  /** Writes into a directory, which the builder closes. */
  public IndexBuilder(Directory directory) throws IOException {
    dir = directory;
    IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(Schema.similarity())
        .setRAMBufferSizeMB(128)
        .setCommitOnClose(false);
    try {
      writer = new IndexWriter(dir, config);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Adds a document, replacing any earlier one with the same id. */
  public void add(String id, Document doc) throws IOException {
    writer.updateDocument(new Term(Fields.ID, id), doc);
    docs++;
  }

  public long documents() {
    return docs;
  }

  /** Commits everything once, with the given commit user data. */
  public void commit(Map<String, String> userData) throws IOException {
    writer.setLiveCommitData(userData.entrySet());
    writer.commit();
    committed = true;
  }

  @Override
  public void close() throws IOException {
    try {
      if (committed) {
        writer.close();
      } else {
        writer.rollback();
      }
    } finally {
      dir.close();
    }
  }
}
