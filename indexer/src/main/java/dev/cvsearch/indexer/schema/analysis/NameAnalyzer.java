package dev.cvsearch.indexer.schema.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;

/**
 * The chain for names (authors, venues): lower-cased and accent-folded words, hyphenated names
 * kept whole and in parts ("Jean-Pierre"); no stemming, no stop words, no spelling rules, since
 * "Wang" and "Andrews" are not English words.
 */
public final class NameAnalyzer extends Analyzer {
  private final boolean indexTime;

  public NameAnalyzer(boolean indexTime) {
    this.indexTime = indexTime;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new CompoundTokenizer();
    TokenStream ts = new WordFolding(source, false);
    ts = indexTime
        ? new CompoundSplitter(ts, TextAnalyzer.INDEX_FLAGS)
        : new WordDelimiterGraphFilter(ts, TextAnalyzer.QUERY_FLAGS, null);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new WordFolding(in, false);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    // One value per author: "Kai Zhen" must not match "… Kai" followed by "Zhen …".
    return 100;
  }

  @Override
  public int getOffsetGap(String fieldName) {
    return 1;
  }
}
