package dev.cvsearch.indexer.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene103.Lucene103PostingsFormat;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's codec with stored fields in small, uncompressed chunks. A page of hits reads ten bodies
 * for its snippets; Lucene's default compresses 80 KB blocks against a shared dictionary, so each
 * read decompresses the dictionary and a sub-block, some 15 KB, and that was a seventh of a
 * search. Chunks of {@value #CHUNK_BYTES} bytes hold a document or a few, and are written as they
 * are ({@link #AS_IS}). Found by name when an index is opened (the service file in META-INF), so
 * indexes written with it need this class on the class path; an index of an earlier codec fails
 * to open by name, and is rebuilt with {@code cvsearch reindex}.
 */
public final class CvsearchCodec extends FilterCodec {
  /** The name written into segments. */
  public static final String NAME = "Cvsearch103Raw";

  /** Bytes of documents stored together. */
  static final int CHUNK_BYTES = 1024;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "CvsearchRawStoredFields", AS_IS, CHUNK_BYTES, 64, 10);

  /**
   * Stored bytes written as they are. LZ4 over 1 KB chunks was a ninth of the indexing writer
   * thread (the thread that limits indexing), and decompressing ten bodies part of every page of
   * hits; it saved little, the full corpus's index grows from 273 to 310 MB without it.
   */
  static final CompressionMode AS_IS =
      new CompressionMode() {
        @Override
        public Compressor newCompressor() {
          return new Compressor() {
            @Override
            public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
              out.copyBytes(in, in.length());
            }

            @Override
            public void close() {}
          };
        }

        @Override
        public Decompressor newDecompressor() {
          return new Decompressor() {
            @Override
            public void decompress(
                DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                throws IOException {
              in.skipBytes(offset);
              bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
              in.readBytes(bytes.bytes, 0, length);
              bytes.offset = 0;
              bytes.length = length;
            }

            @Override
            public Decompressor clone() {
              return this;
            }
          };
        }

        @Override
        public String toString() {
          return "AS_IS";
        }
      };

  /**
   * Lucene's postings, flushed on two threads ({@link PipelinedPostingsFormat}); the files and
   * their format names are Lucene's own.
   */
  private final PostingsFormat postings =
      new PerFieldPostingsFormat() {
        private final PostingsFormat pipelined =
            new PipelinedPostingsFormat(new Lucene103PostingsFormat());

        @Override
        public PostingsFormat getPostingsFormatForField(String field) {
          return pipelined;
        }
      };

  public CvsearchCodec() {
    super(NAME, new Lucene103Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  @Override
  public PostingsFormat postingsFormat() {
    return postings;
  }
}
