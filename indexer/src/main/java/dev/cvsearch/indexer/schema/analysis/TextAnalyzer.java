package dev.cvsearch.indexer.schema.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The English text chain for titles, abstracts and CV text.
 *
 * <pre>
 * index: CompoundTokenizer → possessive → lowercase → ASCII folding → British→American
 *          → acronyms of long forms → word delimiter (compound + parts) → flatten → stop words
 *          → stemmer
 * query: CompoundTokenizer → possessive → lowercase → ASCII folding → stop words
 *          → British→American → acronym synonyms → word delimiter → stemmer
 * </pre>
 *
 * <p>Compounds keep their typed form and also yield their parts, at index and query time, so
 * {@code RNN-T} matches exactly while {@code rnn} still finds it. At index time the word-delimiter
 * graph is flattened (the index cannot store graphs) and word parts are also catenated
 * ({@code RNN-T} → {@code rnnt}); letters and digits split on both sides, so {@code GPT4} and
 * {@code GPT-4} meet. Stop words go after flattening at index time because
 * {@link FlattenGraphFilter} closes the holes they leave, which would break phrases like "lion in a
 * million"; at query time they go before synonyms, whose entries are stop-free. Synonyms run before the word delimiter at query time because
 * {@link SynonymGraphFilter} cannot consume a graph; their entries are plain words, so the
 * word delimiter passes them through untouched. At index time only tokens with a delimiter or a
 * letter-digit change go through the word delimiter ({@link CompoundSplitter}): most words have
 * neither, and the graph stage was a fifth of the indexing CPU. No n-grams: {@code lion} never matches
 * {@code million}.
 *
 * <p>The index adds a curated acronym wherever one of its long forms occurs ({@link AcronymMarker}),
 * so at query time a long form becomes its acronym, one term; the query map is the caller's ({@link
 * AcronymSynonyms#wordMap}, or the both-ways {@link AcronymSynonyms#load} for phrases).
 */
public final class TextAnalyzer extends Analyzer {
  /** Lucene's English stop set (33 words), as Anserini's BM25 baselines use. */
  public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  static final int INDEX_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
      | WordDelimiterGraphFilter.CATENATE_WORDS
      | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
  static final int QUERY_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
      | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private final boolean indexTime;
  private final Stemmer stemmer;
  private final SynonymMap synonyms;

  /**
   * @param indexTime true for the indexing chain (flattened, catenated parts)
   * @param stemmer the stemmer
   * @param synonyms query-time synonyms, or null for none (always null at index time)
   */
  public TextAnalyzer(boolean indexTime, Stemmer stemmer, SynonymMap synonyms) {
    this.indexTime = indexTime;
    this.stemmer = stemmer;
    this.synonyms = indexTime || synonyms == null || synonyms.fst == null ? null : synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new CompoundTokenizer();
    TokenStream ts = foldWords(source);
    if (indexTime) {
      ts = new AmericanSpellingFilter(ts);
      ts = new AcronymMarker(ts, AcronymSynonyms.curatedClasses());
      ts = new CompoundSplitter(ts, INDEX_FLAGS);
      ts = new ShortStopFilter(ts, STOP_WORDS);
    } else {
      ts = new AmericanSpellingFilter(new ShortStopFilter(ts, STOP_WORDS));
      if (synonyms != null) {
        ts = new SynonymGraphFilter(ts, synonyms, true);
      }
      ts = new WordDelimiterGraphFilter(ts, QUERY_FLAGS, null);
    }
    return new TokenStreamComponents(source, stemmer.wrap(ts));
  }

  /** The query chain up to the synonym stage; synonym entries are analysed with it too. */
  static TokenStream normalizeWords(TokenStream source) {
    return new AmericanSpellingFilter(new ShortStopFilter(foldWords(source), STOP_WORDS));
  }

  /** The index chain up to the acronym marker: stop words still in. */
  static TokenStream foldAndSpell(TokenStream source) {
    return new AmericanSpellingFilter(foldWords(source));
  }

  private static TokenStream foldWords(TokenStream source) {
    return new WordFolding(source, true);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Prefix and fuzzy terms are normalised like indexed words, minus stemming.
    return new WordFolding(in, false);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    // Multi-valued fields (work titles of a person): no phrase across two values.
    return 100;
  }

  @Override
  public int getOffsetGap(String fieldName) {
    return 1;
  }
}
