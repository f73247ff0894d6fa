package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Reads facet counts into {@link FacetValue}s with display labels: topic names from the arXiv
 * taxonomy, venue names from a document of that venue, years newest first.
 */
final class FacetReader {
  /** How many values to show per dimension; a response lists them in {@link Fields#FACET_DIMS}. */
  private static final Map<String, Integer> DIMS =
      Map.of(Fields.VENUE, 20, Fields.TOPIC, 20, Fields.YEAR, 60, Fields.TYPE, 2, Fields.PUBTYPE, 12);

  private final FacetsConfig config;
  private final ArxivTaxonomy taxonomy = ArxivTaxonomy.standard();

  FacetReader(FacetsConfig config) {
    this.config = config;
  }

  /**
   * Every dimension (empty lists when the index has none), marking selected values.
   *
   * @param counts documents per ordinal of {@code ords}, or null when there are none (no index)
   */
  Map<String, List<FacetValue>> read(
      FacetOrdinals ords,
      int[] counts,
      Map<String, Set<String>> selected,
      StoredRecords records,
      ReaderLabels labels) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACET_DIMS) {
      Set<String> chosen = selected.getOrDefault(dim, Set.of());
      List<FacetValue> values = new ArrayList<>();
      if (counts != null && ords != null && ords.has(dim)) {
        Set<String> seen = new java.util.HashSet<>();
        for (FacetOrdinals.Count c : ords.top(dim, DIMS.get(dim), counts)) {
          seen.add(c.value());
          values.add(value(dim, c.value(), c.count(), chosen, records, labels));
        }
        // A selected value outside the top N still shows, so it can be unticked.
        for (String v : chosen) {
          if (!seen.contains(v)) {
            int ord = ords.ord(dim, v);
            values.add(value(dim, v, ord < 0 ? 0 : counts[ord], chosen, records, labels));
          }
        }
      } else {
        chosen.forEach(v -> values.add(new FacetValue(v, v, 0, true)));
      }
      if (dim.equals(Fields.YEAR)) {
        values.sort(Comparator.comparing(FacetValue::value).reversed());
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  private FacetValue value(
      String dim,
      String value,
      long count,
      Set<String> chosen,
      StoredRecords records,
      ReaderLabels labels) {
    return new FacetValue(value, label(dim, value, records, labels), count, chosen.contains(value));
  }

  String label(String dim, String value, StoredRecords records, ReaderLabels labels) {
    return switch (dim) {
      case Fields.TOPIC -> taxonomy.name(value).orElse(value);
      case Fields.VENUE -> labels.venueName(value, id -> venueName(records, id).orElse(id));
      case Fields.TYPE -> value.equals(HitFactory.PERSON) ? "People" : "Works";
      default -> value;
    };
  }

  private Optional<String> venueName(StoredRecords records, String id) {
    String field = config.getDimConfig(Fields.VENUE).indexFieldName;
    try {
      // A work of the venue: people carry their works' venues too, but not their names.
      Query ofVenue =
          ExpertFinder.and(
              new TermQuery(DrillDownQuery.term(field, Fields.VENUE, id)),
              ExpertFinder.typeQuery(HitFactory.WORK));
      TopDocs top = records.searcher().search(ofVenue, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      StoredHit s = records.hit(top.scoreDocs[0].doc, false).hit();
      return Optional.ofNullable(s.person() ? null : s.venueName());
    } catch (IOException e) {
      throw new UncheckedIOException("looking up venue " + id, e);
    }
  }
}
