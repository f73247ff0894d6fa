package dev.cvsearch.indexer.schema.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites British spellings to American ones ({@link BritishSpellings}) in lower-case tokens,
 * word by word inside compounds ("quantisation-aware" → "quantization-aware"), before stemming.
 */
public final class AmericanSpellingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final StringBuilder out = new StringBuilder();

  public AmericanSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword() || termAtt.length() < 4) {
      return true;
    }
    if (!mayChange(termAtt.buffer(), termAtt.length())) {
      return true; // the common case: no String, no rule run
    }
    String term = termAtt.toString();
    String rewritten = rewrite(term, out);
    if (!rewritten.equals(term)) {
      termAtt.setEmpty().append(rewritten);
    }
    return true;
  }

  /** Whether any run of letters in the buffer may be rewritten (see BritishSpellings#mayChange). */
  private static boolean mayChange(char[] buf, int len) {
    if (CompoundSplitter.isPlain(buf, len)) {
      return BritishSpellings.mayChange(buf, 0, len); // the common case: one run of a-z
    }
    int i = 0;
    while (i < len) {
      int start = i;
      boolean letters = Character.isLetter(buf[i]);
      while (i < len && Character.isLetter(buf[i]) == letters) {
        i++;
      }
      if (letters && BritishSpellings.mayChange(buf, start, i - start)) {
        return true;
      }
    }
    return false;
  }

  /** Applies the rules to each run of letters of a token. */
  static String rewrite(String term, StringBuilder out) {
    out.setLength(0);
    int i = 0;
    int n = term.length();
    boolean changed = false;
    while (i < n) {
      int start = i;
      boolean letters = Character.isLetter(term.charAt(i));
      while (i < n && Character.isLetter(term.charAt(i)) == letters) {
        i++;
      }
      String part = term.substring(start, i);
      if (letters && part.length() >= 4) {
        String a = BritishSpellings.americanize(part);
        changed |= !a.equals(part);
        out.append(a);
      } else {
        out.append(part);
      }
    }
    return changed ? out.toString() : term;
  }
}
