package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The request's filters as facet ordinals: for each dimension with a selection, the ordinals of the
 * values it allows (values OR-ed; a year range AND-ed with the chosen years). A document passes a
 * dimension when one of its values there is allowed, and is a hit when it passes them all.
 */
final class FacetSelection {
  /** Ordinal → index of its dimension among the selected ones, or -1 when not selected. */
  final byte[] selectedDim;

  /** One bit per selected dimension. */
  final int all;

  /** Per selected dimension (by its bit), the ordinals of the values it allows. */
  final int[][] allowedOrds;

  /** Per selected dimension (by its bit), its index in {@link FacetOrdinals}, or -1 when absent. */
  final int[] dimOfBit;

  private FacetSelection(
      FacetOrdinals ords, byte[] selectedDim, boolean[] allowed, List<String> dims) {
    this.selectedDim = selectedDim;
    this.all = (1 << dims.size()) - 1;
    this.allowedOrds = new int[dims.size()][];
    this.dimOfBit = dims.stream().mapToInt(ords::dim).toArray();
    for (int bit = 0; bit < dims.size(); bit++) {
      int b = bit;
      allowedOrds[bit] =
          IntStream.range(0, allowed.length)
              .filter(ord -> allowed[ord] && selectedDim[ord] == b)
              .toArray();
    }
  }

  /** Whether nothing is selected: every match is a hit. */
  boolean isEmpty() {
    return all == 0;
  }

  /**
   * The selection of a request.
   *
   * @param withType whether the request's type is a filter (it is not for people searches, whose
   *     facets describe the works behind them)
   */
  static FacetSelection of(FacetOrdinals ords, SearchRequest r, boolean withType) {
    byte[] selectedDim = new byte[ords.size()];
    Arrays.fill(selectedDim, (byte) -1);
    boolean[] allowed = new boolean[ords.size()];
    List<String> dims = new ArrayList<>();
    if (withType && r.type() != null) {
      select(ords, Fields.TYPE, Set.of(r.type()), dims, selectedDim, allowed);
    }
    select(ords, Fields.VENUE, Set.copyOf(r.venues()), dims, selectedDim, allowed);
    select(ords, Fields.TOPIC, Set.copyOf(r.topics()), dims, selectedDim, allowed);
    select(ords, Fields.PUBTYPE, Set.copyOf(r.pubTypes()), dims, selectedDim, allowed);
    if (!r.years().isEmpty() || r.yearFrom() != null || r.yearTo() != null) {
      int from = r.yearFrom() == null ? Integer.MIN_VALUE : r.yearFrom();
      int to = r.yearTo() == null ? Integer.MAX_VALUE : r.yearTo();
      int d = ords.dim(Fields.YEAR);
      int bit = dims.size();
      dims.add(Fields.YEAR);
      for (int ord = d < 0 ? 0 : ords.start(d); d >= 0 && ord < ords.end(d); ord++) {
        selectedDim[ord] = (byte) bit;
        Integer year = parseYear(ords.value(ord));
        allowed[ord] =
            year != null
                && year >= from
                && year <= to
                && (r.years().isEmpty() || r.years().contains(year));
      }
    }
    if (dims.size() > 30) {
      throw new IllegalStateException("too many filter dimensions: " + dims);
    }
    return new FacetSelection(ords, selectedDim, allowed, dims);
  }

  private static void select(
      FacetOrdinals ords,
      String dim,
      Set<String> values,
      List<String> dims,
      byte[] selectedDim,
      boolean[] allowed) {
    if (values.isEmpty()) {
      return;
    }
    // A dimension the index does not have still filters: nothing passes it.
    int bit = dims.size();
    dims.add(dim);
    int d = ords.dim(dim);
    if (d < 0) {
      return;
    }
    for (int ord = ords.start(d); ord < ords.end(d); ord++) {
      selectedDim[ord] = (byte) bit;
      allowed[ord] = values.contains(ords.value(ord));
    }
  }

  private static Integer parseYear(String value) {
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
