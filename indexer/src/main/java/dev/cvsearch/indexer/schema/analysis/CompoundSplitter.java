package dev.cvsearch.indexer.schema.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * The index-time word-delimiter stage (split, catenate, flatten) applied only to tokens it can
 * change: plain words of {@code a-z} or numbers of {@code 0-9} pass through untouched, which the
 * word delimiter would also do, without the cost of its graph and the flattening buffer; plain
 * hyphenated words are split by {@link HyphenatedWords}, to the same tokens.
 */
final class CompoundSplitter extends ConditionalTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

  /**
   * @param input lower-cased tokens
   * @param flags {@link WordDelimiterGraphFilter} flags
   */
  CompoundSplitter(TokenStream input, int flags) {
    super(
        hyphenated(input, flags),
        in -> new FlattenGraphFilter(new WordDelimiterGraphFilter(in, flags, null)));
  }

  /** The common hyphenated words go the short way, where it makes the same tokens. */
  private static TokenStream hyphenated(TokenStream input, int flags) {
    return flags == TextAnalyzer.INDEX_FLAGS ? new HyphenatedWords(input) : input;
  }

  @Override
  protected boolean shouldFilter() {
    return (flagsAtt.getFlags() & HyphenatedWords.SPLIT) == 0
        && !isPlain(termAtt.buffer(), termAtt.length());
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
