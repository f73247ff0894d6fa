package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The request's filters as one query per facet dimension: values of a dimension OR-ed, a year
 * range AND-ed with the chosen years. Each becomes a drill-down, so its own counts stay sideways.
 */
final class Filters {
  private Filters() {}

  static Map<String, Query> dims(FacetsConfig config, SearchRequest r, boolean withType) {
    Map<String, Query> dims = new LinkedHashMap<>();
    if (withType && r.type() != null) {
      dims.put(Fields.TYPE, anyOf(config, Fields.TYPE, List.of(r.type())));
    }
    put(dims, config, Fields.VENUE, r.venues());
    put(dims, config, Fields.TOPIC, r.topics());
    put(dims, config, Fields.PUBTYPE, r.pubTypes());
    Query years =
        r.years().isEmpty()
            ? null
            : anyOf(config, Fields.YEAR, r.years().stream().map(String::valueOf).toList());
    if (r.yearFrom() != null || r.yearTo() != null) {
      int from = r.yearFrom() == null ? Integer.MIN_VALUE : r.yearFrom();
      int to = r.yearTo() == null ? Integer.MAX_VALUE : r.yearTo();
      Query range = IntPoint.newRangeQuery(Fields.YEAR, from, to);
      years = years == null ? range : conjunction(Map.of("y", years, "r", range));
    }
    if (years != null) {
      dims.put(Fields.YEAR, years);
    }
    return dims;
  }

  /** All the dimension queries together, or null when there are none. */
  static Query conjunction(Map<String, Query> dims) {
    if (dims.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    dims.values().forEach(q -> bq.add(q, Occur.FILTER));
    return bq.build();
  }

  /** Selected values per dimension, for marking facet values. */
  static Map<String, Set<String>> selected(SearchRequest r) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put(Fields.VENUE, new LinkedHashSet<>(r.venues()));
    m.put(Fields.TOPIC, new LinkedHashSet<>(r.topics()));
    m.put(Fields.PUBTYPE, new LinkedHashSet<>(r.pubTypes()));
    Set<String> years = new LinkedHashSet<>();
    r.years().forEach(y -> years.add(String.valueOf(y)));
    m.put(Fields.YEAR, years);
    m.put(Fields.TYPE, r.type() == null ? Set.of() : Set.of(r.type()));
    return m;
  }

  private static void put(Map<String, Query> dims, FacetsConfig config, String dim, List<String> values) {
    if (!values.isEmpty()) {
      dims.put(dim, anyOf(config, dim, values));
    }
  }

  private static Query anyOf(FacetsConfig config, String dim, List<String> values) {
    String field = config.getDimConfig(dim).indexFieldName;
    if (values.size() == 1) {
      return new TermQuery(DrillDownQuery.term(field, dim, values.getFirst()));
    }
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    values.forEach(v -> bq.add(new TermQuery(DrillDownQuery.term(field, dim, v)), Occur.SHOULD));
    return bq.build();
  }
}
