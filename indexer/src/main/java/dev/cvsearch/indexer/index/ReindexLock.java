package dev.cvsearch.indexer.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code reindex.lock}: released on close or when the process dies, so a crash
 * never leaves a stale lock behind.
 */
public final class ReindexLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private ReindexLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static ReindexLock acquire(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another thread of this process
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    if (lock == null) {
      ch.close();
      throw new IndexBusyException("another reindex is running on " + file.getParent()
          + " (lock " + file.getFileName() + " is held); try again when it has finished");
    }
    return new ReindexLock(ch, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
