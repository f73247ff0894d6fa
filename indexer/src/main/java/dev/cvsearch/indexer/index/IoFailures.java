package dev.cvsearch.indexer.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Readable reasons for failed index writes. The JDK's file-system exceptions often carry only a
 * path as their message ("/data/index/gen-000002"), which says where but not what went wrong.
 */
final class IoFailures {
  private IoFailures() {}

  /** The reindex step that failed, where, and why, keeping the cause. */
  static IOException wrap(String step, IOException e) {
    return new IOException(step + ": " + reason(e), e);
  }

  /** "PATH: why" for file-system errors, otherwise the exception's own message. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      String why = f.getReason() != null ? f.getReason() : switch (f) {
        case AccessDeniedException a -> "permission denied";
        case FileAlreadyExistsException a -> "a file of that name is in the way";
        case NoSuchFileException a -> "no such file or folder";
        case NotDirectoryException a -> "not a folder";
        case DirectoryNotEmptyException a -> "folder not empty";
        default -> f.getClass().getSimpleName();
      };
      String where = f.getFile() == null ? "" : f.getFile()
          + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": ";
      return where + why;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
