package dev.cvsearch.indexer.schema.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words that keep their inner punctuation, so technical names survive as typed:
 * {@code RNN-T}, {@code V:N:M}, {@code 2:4}, {@code sub-8-bit}, {@code wav2vec}, {@code model's},
 * and trailing {@code +}/{@code #} as in {@code Wanda++}, {@code C++}, {@code C#}.
 *
 * <p>A joiner ({@code - : . / _ ' & …}) is kept only between two word characters, so sentence
 * punctuation, brackets and quotes never stick to a word: {@code "(ASR),"} gives {@code ASR}. The
 * parts of a compound are produced later by the word-delimiter filter, which keeps the compound too.
 */
public final class CompoundTokenizer extends Tokenizer {
  /** Longer runs are cut; they are never real words and would bloat the terms dictionary. */
  static final int MAX_TOKEN_LENGTH = 128;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final StringBuilder text = new StringBuilder();
  private final char[] buffer = new char[4096];
  private int pos;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int n = text.length();
    while (pos < n && !isWordChar(text.charAt(pos))) {
      pos++;
    }
    if (pos >= n) {
      return false;
    }
    int start = pos;
    while (pos < n && pos - start < MAX_TOKEN_LENGTH) {
      char c = text.charAt(pos);
      if (isWordChar(c)) {
        pos++;
      } else if (c == '+' || c == '#') {
        // "C++", "Wanda++", "C#": the marks are part of the name, at the end or inside ("A+B").
        while (pos < n && (text.charAt(pos) == '+' || text.charAt(pos) == '#')) {
          pos++;
        }
        if (pos >= n || !isWordChar(text.charAt(pos))) {
          break;
        }
      } else if (isJoiner(c) && pos + 1 < n && isWordChar(text.charAt(pos + 1))) {
        pos++;
      } else {
        break;
      }
    }
    int end = pos;
    termAtt.append(text, start, end);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    return true;
  }

  static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    // Combining accents belong to the letter before them; surrogate halves make up letters
    // outside the BMP (mathematical letters, CJK extensions).
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || Character.isSurrogate(c);
  }

  private static boolean isJoiner(char c) {
    return switch (c) {
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', ':', '.', '/', '_', '\'', '\u2019', '&' ->
          true;
      default -> false;
    };
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    pos = 0;
    // Fields are abstracts and CVs (kilobytes): reading the whole value makes look-ahead trivial.
    // The buffer is kept: a document has a value per author, and each reset allocated 8 KB.
    for (int r = input.read(buffer); r != -1; r = input.read(buffer)) {
      text.append(buffer, 0, r);
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(text.length());
    offsetAtt.setOffset(last, last);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text.setLength(0);
    text.trimToSize();
  }
}
