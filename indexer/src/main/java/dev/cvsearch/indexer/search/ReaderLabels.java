package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.index.IndexLabels;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Display labels of one index reader: those the generation wrote ({@link IndexLabels}), else
 * looked up once in a document (a venue or person id's name) and kept until the reader is
 * refreshed.
 */
final class ReaderLabels {
  private final IndexLabels stored;

  private final Map<String, String> venueNames = new ConcurrentHashMap<>();

  private final Map<String, String> personNames = new ConcurrentHashMap<>();

  private volatile Map<String, Long> bySourceFormat;

  /** Works per source format, computed on first use for this reader. */
  Map<String, Long> bySourceFormat(IoSupplier<Map<String, Long>> compute) throws java.io.IOException {
    Map<String, Long> m = bySourceFormat;
    if (m == null) {
      m = Map.copyOf(compute.get());
      bySourceFormat = m;
    }
    return m;
  }

  /** A supplier that may fail with an IOException. */
  interface IoSupplier<T> {
    T get() throws java.io.IOException;
  }

  /** Labels of a reader whose generation wrote none (or of no reader at all). */
  ReaderLabels() {
    this(IndexLabels.EMPTY);
  }

  /** Labels starting from those the generation wrote beside its index. */
  ReaderLabels(IndexLabels stored) {
    this.stored = stored;
  }

  String venueName(String id, Function<String, String> lookup) {
    return stored.venue(id).orElseGet(() -> venueNames.computeIfAbsent(id, lookup));
  }

  String personName(String id, Function<String, String> lookup) {
    return stored.person(id).orElseGet(() -> personNames.computeIfAbsent(id, lookup));
  }
}
