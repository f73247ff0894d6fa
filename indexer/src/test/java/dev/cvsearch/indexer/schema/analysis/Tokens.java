package dev.cvsearch.indexer.schema.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** Runs an analyzer over a text, for assertions on terms and positions. */
final class Tokens {
  private Tokens() {}

  /** The distinct terms, in order of appearance. */
  static Set<String> terms(Analyzer a, String field, String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : detailed(a, field, text)) {
      out.add(t.substring(0, t.indexOf('@')));
    }
    return out;
  }

  /** "term@position/length[start-end]" for every token. */
  static List<String> detailed(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + "/" + len.getPositionLength()
            + "[" + off.startOffset() + "-" + off.endOffset() + "]");
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
