package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Finds the runs of typed words that the query analyzer reads as one synonym, so that "automatic
 * speech recognition" is searched as one unit (which also matches "ASR") rather than as three words
 * each required on its own, where the synonym could never fire.
 */
final class SynonymSpans {
  private SynonymSpans() {}

  /**
   * Groups consecutive words into units: a word on its own, or the words one synonym token spans.
   */
  static List<String> units(Analyzer analyzer, String field, List<String> words) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(words.get(i));
      ends[i] = text.length();
    }
    // group[i] = index of the first word of the unit word i belongs to.
    int[] group = new int[words.size()];
    for (int i = 0; i < group.length; i++) {
      group[i] = i;
    }
    try (TokenStream ts = analyzer.tokenStream(field, text.toString())) {
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      PositionLengthAttribute posLength = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        boolean synonym =
            posLength.getPositionLength() > 1 || SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
        if (!synonym) {
          continue;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
          if (starts[i] < offsets.endOffset() && ends[i] > offsets.startOffset()) {
            first = first < 0 ? i : first;
            last = i;
          }
        }
        for (int i = first + 1; first >= 0 && i <= last; i++) {
          group[i] = group[first];
        }
      }
      ts.end();
    } catch (IOException e) {
      throw QueryFactory.unexpected(e);
    }
    List<String> units = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && group[i] == group[i - 1]) {
        units.set(units.size() - 1, units.getLast() + " " + words.get(i));
      } else {
        units.add(words.get(i));
      }
    }
    return units;
  }
}
