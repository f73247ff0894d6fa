package dev.cvsearch.indexer.schema.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A {@link StopFilter} that keeps words longer than the longest stop word without looking them up:
 * the English stop words are short, most words are not, and a set look-up hashes the whole word.
 */
final class ShortStopFilter extends StopFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final int longest;

  ShortStopFilter(TokenStream in, CharArraySet stopWords) {
    super(in, stopWords);
    int max = 0;
    for (Object word : stopWords) {
      max = Math.max(max, ((char[]) word).length);
    }
    longest = max;
  }

  @Override
  protected boolean accept() {
    return termAtt.length() > longest || super.accept();
  }
}
