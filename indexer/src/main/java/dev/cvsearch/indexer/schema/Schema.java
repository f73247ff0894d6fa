package dev.cvsearch.indexer.schema;

import dev.cvsearch.indexer.schema.analysis.AcronymSynonyms;
import dev.cvsearch.indexer.schema.analysis.NameAnalyzer;
import dev.cvsearch.indexer.schema.analysis.Stemmer;
import dev.cvsearch.indexer.schema.analysis.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The one source of the analyzers, the similarity and the {@link FacetsConfig}, shared by indexing,
 * searching and highlighting.
 *
 * <p>Text fields ({@link Fields#TITLE}, {@link Fields#BODY}, {@link Fields#WORK_TITLES}) use the
 * English chain of {@link TextAnalyzer}; names ({@link Fields#AUTHORS}, {@link Fields#VENUE_TEXT})
 * use {@link NameAnalyzer}. Queries use the same chains plus acronym synonyms: the curated list
 * ({@link #queryAnalyzer()}) or the curated list plus the pairs mined into an index generation
 * ({@link #queryAnalyzer(Path)}; build it once per generation, not per request). The index adds
 * curated acronyms to their long forms, so query words meet them as one term; quoted phrases use
 * {@link #phraseAnalyzer(Path)}, which expands acronyms and long forms both ways.
 *
 * <p>The stemmer is a system property ({@code cvsearch.stemmer=porter|kstem|none}) only so that
 * measurements can compare them; an index must be searched with the stemmer it was built with.
 */
public final class Schema {
  /** The default stemmer, chosen by measurement on SciFact (see the reindex report). */
  public static final Stemmer DEFAULT_STEMMER = Stemmer.PORTER;

  private static final Stemmer STEMMER =
      Stemmer.parse(System.getProperty("cvsearch.stemmer", DEFAULT_STEMMER.name()));
  private static final Analyzer INDEX = perField(new TextAnalyzer(true, STEMMER, null), true);
  private static final Analyzer QUERY =
      queryAnalyzer(AcronymSynonyms.wordMap(List.of()));
  private static final Analyzer PHRASE = queryAnalyzer(AcronymSynonyms.curatedMap());

  /**
   * Commit data of an index whose text fields carry the curated acronyms of their long forms
   * ({@code AcronymMarker}); an index without it is searched with long forms as phrases.
   */
  public static final Map<String, String> ANALYSIS = Map.of("analysis", "acronyms-marked-1");
  private static final FacetsConfig FACETS = buildFacetsConfig();

  private Schema() {}

  /** The analyzer documents are indexed with (per field). Shared; do not close. */
  public static Analyzer indexAnalyzer() {
    return INDEX;
  }

  /**
   * The analyzer query words are analysed with: the index chains, with curated long forms becoming
   * their acronym (the index has it wherever they occur).
   */
  public static Analyzer queryAnalyzer() {
    return QUERY;
  }

  /** The analyzer of quoted phrases: acronyms and long forms expand both ways. */
  public static Analyzer phraseAnalyzer() {
    return PHRASE;
  }

  /** A query analyzer with the given synonyms. */
  public static Analyzer queryAnalyzer(SynonymMap synonyms) {
    return perField(new TextAnalyzer(false, STEMMER, synonyms), false);
  }

  /**
   * The word analyzer of an index generation: curated long forms become their acronym, the
   * acronyms mined from that generation's corpus expand both ways.
   */
  public static Analyzer queryAnalyzer(Path generationDir) throws IOException {
    return queryAnalyzer(AcronymSynonyms.wordMap(generationDir));
  }

  /** The phrase analyzer of an index generation: curated and mined acronyms, both ways. */
  public static Analyzer phraseAnalyzer(Path generationDir) throws IOException {
    return queryAnalyzer(AcronymSynonyms.load(generationDir));
  }

  /** The query analyzer without synonyms: for did-you-mean and term look-ups. */
  public static Analyzer plainQueryAnalyzer() {
    return perField(new TextAnalyzer(false, STEMMER, null), false);
  }

  /** Stop words the text chain drops (query builders may want to skip them too). */
  public static CharArraySet stopWords() {
    return TextAnalyzer.STOP_WORDS;
  }

  /** The stemmer of the text chain. */
  public static Stemmer stemmer() {
    return STEMMER;
  }

  /**
   * BM25 for short abstracts; {@code cvsearch.bm25.k1} / {@code cvsearch.bm25.b} override the
   * parameters for tuning runs. Norms do not depend on them, so an index need not be rebuilt.
   */
  public static Similarity similarity() {
    float k1 = Float.parseFloat(System.getProperty("cvsearch.bm25.k1", "0.9"));
    float b = Float.parseFloat(System.getProperty("cvsearch.bm25.b", "0.4"));
    return new BM25Similarity(k1, b);
  }

  /**
   * The term of the documents of a type ("work", "person"): the type facet's drill-down term, which
   * every document has, so no field of its own is indexed for it.
   */
  public static Term typeTerm(String type) {
    return DrillDownQuery.term(FACETS.getDimConfig(Fields.TYPE).indexFieldName, Fields.TYPE, type);
  }

  /** The facets configuration: one shared instance, for indexing and searching alike. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  private static FacetsConfig buildFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // Filters look values up ("venue/acl"); the dimension's own term ("venue", in nearly every
    // document) would only be one more posting per document and dimension to write.
    for (String dim : Fields.FACET_DIMS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    }
    config.setMultiValued(Fields.TOPIC, true);
    // People carry the venues of their works, so "venue" is multi-valued on person documents.
    config.setMultiValued(Fields.VENUE, true);
    return config;
  }

  /**
   * Whether two fields are analysed alike (the names analyser, or the text one), so a word's query
   * terms over one are its terms over the other.
   */
  public static boolean analysedAlike(String a, String b) {
    return isName(a) == isName(b);
  }

  private static boolean isName(String field) {
    return field.equals(Fields.AUTHORS) || field.equals(Fields.VENUE_TEXT);
  }

  private static Analyzer perField(Analyzer text, boolean indexTime) {
    Analyzer names = new NameAnalyzer(indexTime);
    return new PerFieldAnalyzerWrapper(
        text, Map.of(Fields.AUTHORS, names, Fields.VENUE_TEXT, names));
  }
}
