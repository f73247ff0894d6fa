package dev.cvsearch.indexer.schema.analysis;

import dev.cvsearch.indexer.schema.analysis.AcronymSynonyms.AcronymClass;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index time: adds an acronym's term wherever one of its long forms occurs ("large language
 * models" also indexes {@code llm}, at the position of "large", with offsets over the three words).
 * A query for the acronym or any long form is then one term instead of a phrase per long form: the
 * phrases of common words ("language model", "machine translation") were the slowest queries.
 *
 * <p>Long forms are words as printed and as the chain has them before this filter (lower case,
 * folded, American spelling, stop words in: "mixture of experts"). Every occurrence counts, nested
 * ones too ("large language model" has "language model" in it), but an acronym is added once per
 * stretch of text.
 */
final class AcronymMarker extends TokenFilter {
  /** A long form and the acronym it adds. */
  private record Form(List<String> words, String acronym) {}

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private final CharArrayMap<List<Form>> byFirstWord;
  private final int maxWords;

  /**
   * A 1024-bit sketch of the first words (by length, first and last letter): most tokens are ruled
   * out without hashing them for the map.
   */
  private final long[] firstWordSketch = new long[16];

  /** Tokens read ahead but not yet passed on, from {@link #head}: states, words, end offsets. */
  private final List<AttributeSource.State> ahead = new ArrayList<>();

  private final List<String> aheadWords = new ArrayList<>();
  private final List<Integer> aheadEnds = new ArrayList<>();
  private int head;

  /** Added acronym tokens waiting to follow the token they start at. */
  private final Deque<AttributeSource.State> added = new ArrayDeque<>();

  /** Per acronym, the end offset of the last stretch it was added for. */
  private final Map<String, Integer> coveredTo = new HashMap<>();

  private boolean exhausted;

  AcronymMarker(TokenStream input, List<AcronymClass> classes) {
    super(input);
    byFirstWord = new CharArrayMap<>(64, false);
    int longest = 0;
    for (AcronymClass c : classes) {
      for (List<String> words : c.printedAndPlurals()) {
        List<Form> forms = byFirstWord.get(words.get(0));
        if (forms == null) {
          forms = new ArrayList<>();
          byFirstWord.put(words.get(0), forms);
        }
        forms.add(new Form(words, c.acronym()));
        String first = words.get(0);
        int bit = sketch(first.toCharArray(), first.length());
        firstWordSketch[bit >>> 6] |= 1L << bit;
        longest = Math.max(longest, words.size());
      }
    }
    maxWords = longest;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!added.isEmpty()) {
      restoreState(added.poll());
      return true;
    }
    if (head < ahead.size()) {
      restoreState(ahead.get(head++));
      if (head == ahead.size()) {
        head = 0;
        ahead.clear();
        aheadWords.clear();
        aheadEnds.clear();
      }
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    int length = termAtt.length();
    if (length > 0) {
      int bit = sketch(termAtt.buffer(), length);
      if ((firstWordSketch[bit >>> 6] & (1L << bit)) != 0) {
        List<Form> forms = byFirstWord.get(termAtt.buffer(), 0, length);
        if (forms != null) {
          mark(forms);
        }
      }
    }
    return true;
  }

  private static int sketch(char[] word, int length) {
    return (length * 7919 + word[0] * 31 + word[length - 1]) & 1023;
  }

  /** Queues the acronyms of the forms that start at the current token. */
  private void mark(List<Form> forms) throws IOException {
    AttributeSource.State here = captureState();
    int start = offsetAtt.startOffset();
    int firstEnd = offsetAtt.endOffset();
    for (Form f : forms) {
      int end = match(f.words(), firstEnd);
      if (end < 0 || coveredTo.getOrDefault(f.acronym(), -1) > start) {
        continue;
      }
      coveredTo.put(f.acronym(), end);
      restoreState(here);
      termAtt.setEmpty().append(f.acronym());
      posIncAtt.setPositionIncrement(0);
      offsetAtt.setOffset(start, end);
      added.add(captureState());
    }
    restoreState(here);
  }

  /**
   * The end offset of the form when the tokens from here spell it, else -1. Reads ahead only as
   * far as the form still matches.
   */
  private int match(List<String> form, int firstEnd) throws IOException {
    int end = firstEnd;
    for (int w = 1; w < form.size(); w++) {
      String word = word(w - 1);
      if (word == null || !word.equals(form.get(w))) {
        return -1;
      }
      end = aheadEnds.get(head + w - 1);
    }
    return end;
  }

  /** The i-th word after the current token, read ahead when needed; null past the end. */
  private String word(int i) throws IOException {
    while (head + i >= ahead.size() && !exhausted && ahead.size() - head < maxWords) {
      if (input.incrementToken()) {
        ahead.add(captureState());
        aheadWords.add(termAtt.toString());
        aheadEnds.add(offsetAtt.endOffset());
      } else {
        exhausted = true;
      }
    }
    return head + i < ahead.size() ? aheadWords.get(head + i) : null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    aheadWords.clear();
    aheadEnds.clear();
    head = 0;
    added.clear();
    coveredTo.clear();
    exhausted = false;
  }
}
