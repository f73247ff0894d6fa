package dev.cvsearch.indexer.schema.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index-time word-delimiter stage (split, catenate, flatten) applied only to tokens it can
 * change: plain words of {@code a-z} or numbers of {@code 0-9} pass through untouched, which the
 * word delimiter would also do, without the cost of its graph and the flattening buffer.
 */
final class CompoundSplitter extends ConditionalTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /**
   * @param input lower-cased tokens
   * @param flags {@link WordDelimiterGraphFilter} flags
   */
  CompoundSplitter(TokenStream input, int flags) {
    super(input, in -> new FlattenGraphFilter(new WordDelimiterGraphFilter(in, flags, null)));
  }

  @Override
  protected boolean shouldFilter() {
    return !isPlain(termAtt.buffer(), termAtt.length());
  }

  /** All lower-case ASCII letters or all ASCII digits: nothing to split or join. */
  static boolean isPlain(char[] buf, int len) {
    if (len == 0) {
      return true;
    }
    boolean digits = buf[0] >= '0' && buf[0] <= '9';
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      boolean ok = digits ? c >= '0' && c <= '9' : c >= 'a' && c <= 'z';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
