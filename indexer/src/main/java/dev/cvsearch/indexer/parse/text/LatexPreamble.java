package dev.cvsearch.indexer.parse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The owner's details that CV classes (moderncv, altacv, plain article) take in the preamble:
 * \name{Jane}{Doe}, \email{..}, \phone[mobile]{..}, \address{..}{..}, \title{..}.
 */
final class LatexPreamble {
  private static final int MAX_OPTIONAL = 300;

  /** Enough for any real \address; more would be a malformed file. */
  private static final int MAX_ARGS = 4;

  private LatexPreamble() {}

  /** One line per personal-detail macro of the preamble, in order; definitions are skipped. */
  static List<String> personalLines(String preamble) {
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < preamble.length()) {
      int slash = preamble.indexOf('\\', i);
      if (slash < 0) {
        break;
      }
      int end = slash + 1;
      while (end < preamble.length() && Character.isLetter(preamble.charAt(end))) {
        end++;
      }
      if (end == slash + 1) {
        i = Math.min(preamble.length(), end + 1); // a control symbol such as \\ or \%
        continue;
      }
      String name = preamble.substring(slash + 1, end);
      i = end;
      if (LatexMacros.DEFINITIONS.contains(name)) {
        i = LatexScan.skipDefinition(preamble, i, name);
      } else if (LatexMacros.PERSONAL_JOINERS.containsKey(name)) {
        i = personal(preamble, i, name, lines);
      }
    }
    return lines;
  }

  private static int personal(String s, int i, String name, List<String> lines) {
    String label = null;
    int j = LatexScan.skipBlanks(s, i);
    if (j < s.length() && s.charAt(j) == '[') {
      int end = LatexScan.optionalEnd(s, j, MAX_OPTIONAL);
      if (end > 0) {
        label = s.substring(j + 1, end - 1).strip();
        j = end;
      }
    }
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < MAX_ARGS; k++) {
      int at = LatexScan.skipBlanks(s, j);
      if (at >= s.length() || s.charAt(at) != '{') {
        break;
      }
      int[] arg = LatexScan.rawArgument(s, at);
      String text = LatexText.tidy(LatexConverter.convert(s.substring(arg[0], arg[1]), 1));
      if (!text.isBlank()) {
        parts.add(text.strip().replace('\n', ' '));
      }
      j = arg[2];
    }
    if (!parts.isEmpty()) {
      String value = String.join(LatexMacros.PERSONAL_JOINERS.get(name), parts);
      // \social[linkedin]{jane} means little without its label; \phone[mobile] is obvious.
      lines.add(name.equals("social") && label != null ? label + ": " + value : value);
    }
    return j;
  }
}
