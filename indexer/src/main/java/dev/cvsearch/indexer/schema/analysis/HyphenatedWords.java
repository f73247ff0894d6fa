package dev.cvsearch.indexer.schema.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The index-time split of the commonest compound, lower-case words joined by single hyphens
 * ("fine-tuning", "state-of-the-art"), into the tokens {@link CompoundSplitter}'s word delimiter
 * and flattening make of it: the compound, its parts catenated ("finetuning") at the same
 * position, then each part at its own. Such words are three quarters of the compounds in the
 * corpus, and the word delimiter's graph, look-ahead and flattening buffer cost many times what
 * this does. Every other attribute (offsets, type) is the compound's, as in the word delimiter's
 * output. What this emits carries {@link #SPLIT}, so the word delimiter passes it on.
 */
final class HyphenatedWords extends TokenFilter {
  /** A flag on tokens already split here. */
  static final int SPLIT = 1 << 20;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

  private char[] compound = new char[CompoundTokenizer.MAX_TOKEN_LENGTH];
  private int length;
  /** Start of each part in {@link #compound}; a part ends one before the next one's start. */
  private int[] starts = new int[8];
  private int parts;
  /** What to emit next: -1 the catenated parts, then part 0, 1, …; {@link #parts} when done. */
  private int next;
  /** The compound's attributes, which its parts share (offsets, type, flags). */
  private State compoundState;

  HyphenatedWords(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < parts) {
      emitPending();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (split(termAtt.buffer(), termAtt.length())) {
      posLenAtt.setPositionLength(parts);
      flagsAtt.setFlags(flagsAtt.getFlags() | SPLIT);
      compoundState = captureState();
      next = -1;
    }
    return true;
  }

  private void emitPending() {
    restoreState(compoundState);
    char[] buf = termAtt.resizeBuffer(length);
    if (next == -1) {
      int n = 0;
      for (int p = 0; p < parts; p++) {
        int from = starts[p];
        int to = end(p);
        System.arraycopy(compound, from, buf, n, to - from);
        n += to - from;
      }
      termAtt.setLength(n);
      posIncAtt.setPositionIncrement(0);
    } else {
      int from = starts[next];
      System.arraycopy(compound, from, buf, 0, end(next) - from);
      termAtt.setLength(end(next) - from);
      posIncAtt.setPositionIncrement(next == 0 ? 0 : 1);
      posLenAtt.setPositionLength(1);
    }
    next++;
  }

  private int end(int part) {
    return part + 1 < parts ? starts[part + 1] - 1 : length;
  }

  /**
   * Whether the term is letters {@code a-z} in two or more runs joined by single hyphens; if so,
   * keeps it and where its parts start.
   */
  private boolean split(char[] buf, int len) {
    int count = 0;
    boolean afterHyphen = true;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c >= 'a' && c <= 'z') {
        if (afterHyphen) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i;
          afterHyphen = false;
        }
      } else if (c == '-' && !afterHyphen) {
        afterHyphen = true;
      } else {
        return false;
      }
    }
    if (count < 2 || afterHyphen) {
      return false;
    }
    if (compound.length < len) {
      compound = new char[len];
    }
    System.arraycopy(buf, 0, compound, 0, len);
    length = len;
    parts = count;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = 0;
    next = 0;
    compoundState = null;
  }
}
