package dev.cvsearch.indexer.robustness;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory on a disk that fills up: after {@code budget} bytes written through it, every write
 * throws the IOException a full disk gives ("No space left on device"), as does every file
 * created after that.
 */
final class FullDiskDirectory extends FilterDirectory {
  static final String NO_SPACE = "No space left on device";

  private final AtomicLong left;

  FullDiskDirectory(Directory in, long budget) {
    super(in);
    this.left = new AtomicLong(budget);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return limited(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return limited(in.createTempOutput(prefix, suffix, context));
  }

  private IndexOutput limited(IndexOutput out) throws IOException {
    if (left.get() <= 0) {
      out.close();
      throw new IOException(NO_SPACE);
    }
    return new IndexOutput("full-disk(" + out + ")", out.getName()) {
      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  private void take(long bytes) throws IOException {
    if (left.addAndGet(-bytes) < 0) {
      throw new IOException(NO_SPACE);
    }
  }
}
