package dev.cvsearch.indexer.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec with stored fields compressed in small chunks. A page of hits reads ten bodies
 * for its snippets; Lucene's default compresses 80 KB blocks against a shared dictionary, so each
 * read decompresses the dictionary and a sub-block, some 15 KB, and that was a seventh of a
 * search. Chunks of {@value #CHUNK_BYTES} bytes (plain LZ4, a few documents each) cost a few
 * kilobytes per read, for an index a fifth larger. Found by name when an index is opened (the
 * service file in META-INF), so indexes written with it need this class on the class path.
 */
public final class CvsearchCodec extends FilterCodec {
  /** The name written into segments. */
  public static final String NAME = "Cvsearch103";

  /** Bytes of documents compressed together. */
  static final int CHUNK_BYTES = 1024;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "CvsearchStoredFields", CompressionMode.FAST, CHUNK_BYTES, 64, 10);

  public CvsearchCodec() {
    super(NAME, new Lucene103Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
