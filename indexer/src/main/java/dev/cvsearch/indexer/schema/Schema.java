package dev.cvsearch.indexer.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The one source of the analyzers and the {@link FacetsConfig}, shared by indexing, searching and
 * highlighting. PLACEHOLDER analyzers until the real analysis chain lands.
 */
public final class Schema {
  private Schema() {}

  /** The analyzer documents are indexed with (per field). */
  public static Analyzer indexAnalyzer() {
    return new EnglishAnalyzer();
  }

  /** The analyzer queries are analysed with: the index chain plus acronym synonyms. */
  public static Analyzer queryAnalyzer() {
    return new EnglishAnalyzer();
  }

  /** The facets configuration; build it once and use it for indexing and searching alike. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.TOPIC, true);
    return config;
  }
}
