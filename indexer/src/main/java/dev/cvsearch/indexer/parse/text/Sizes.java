package dev.cvsearch.indexer.parse.text;

import java.util.Locale;

/** Byte counts for humans, in the reasons of skipped files ("52.4 MB"). */
final class Sizes {
  private Sizes() {}

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb)
        ? String.format(Locale.ROOT, "%d MB", (long) mb)
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }
}
