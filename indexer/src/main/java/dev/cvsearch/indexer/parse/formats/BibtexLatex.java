package dev.cvsearch.indexer.parse.formats;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the LaTeX found in bibliographic fields into plain Unicode: accents ({\"u}, \'{e}, \c{c}),
 * letters (\ss, \o), escapes (\&amp;), dashes, ties and quotes; case-protecting braces go, unknown
 * commands stay as printed so nothing is silently lost. Unlike {@code parse.text.LatexText}, which
 * lays out whole LaTeX CVs, this works on one field value, where '%' is a literal character.
 */
final class BibtexLatex {
  private static final Map<Character, Character> SYMBOL_ACCENTS =
      Map.of(
          '\'', '\u0301', '`', '\u0300', '^', '\u0302', '"', '\u0308', '~', '\u0303', '=', '\u0304',
          '.', '\u0307');
  private static final Map<String, Character> LETTER_ACCENTS =
      Map.of(
          "c", '\u0327', "v", '\u030C', "u", '\u0306', "H", '\u030B', "k", '\u0328', "r", '\u030A',
          "d", '\u0323', "b", '\u0331', "t", '\u0361');

  /** Letters: TeX swallows the spaces after them ("Stra\ss e"), so we do too. */
  private static final Map<String, String> LETTERS =
      pairs(
          "ss ß o ø O Ø ae æ AE Æ oe œ OE Œ aa å AA Å l ł L Ł i ı j ȷ dh ð DH Ð "
              + "th þ TH Þ ng ŋ NG Ŋ dj đ DJ Đ");

  private static final Map<String, String> SYMBOLS =
      pairs(
          "textendash – textemdash — ldots … dots … textquoteleft ‘ "
              + "textquoteright ’ textquotedblleft “ textquotedblright ” S § P ¶ "
              + "copyright © textregistered ® texttrademark ™ textdegree ° euro € "
              + "pounds £ LaTeX LaTeX TeX TeX alpha α beta β gamma γ delta δ epsilon ε "
              + "varepsilon ε theta θ lambda λ mu μ pi π rho ρ sigma σ tau τ phi φ "
              + "Phi Φ omega ω Omega Ω ell ℓ times × pm ± cdot · leq ≤ geq ≥ neq ≠ "
              + "approx ≈ infty ∞ in ∈ to → rightarrow → leftarrow ← leftrightarrow ↔ "
              + "circ ∘ Rightarrow ⇒ Leftarrow ⇐ Leftrightarrow ⇔ exists ∃ forall ∀ "
              + "propto ∝ sim ∼ oplus ⊕ otimes ⊗ log log sqrt √ sum ∑ prod ∏ partial ∂ "
              + "nabla ∇ cap ∩ cup ∪ subset ⊂ le ≤ ge ≥ ne ≠ Theta Θ Gamma Γ Delta Δ "
              + "Lambda Λ Sigma Σ Pi Π Psi Ψ psi ψ chi χ eta η zeta ζ kappa κ nu ν xi ξ "
              + "iota ι upsilon υ varphi φ");

  /**
   * A known symbol glued to following letters ("\rightarrowDe", "\alphaNLI": exports that dropped
   * the math delimiters) is split only for names this long, so "\topic" never becomes "→pic".
   */
  private static final int MIN_GLUED_SYMBOL = 4;

  /** Markup whose argument is the text itself: the command goes, the braced argument stays. */
  private static final Set<String> MARKUP =
      Set.of(
          ("emph textit textbf textsc texttt textrm textsf textup textsl "
                  + "textnormal mathrm mathbf mathit mathsf mathtt mathcal mathbb "
                  + "boldsymbol text mbox hbox url uppercase lowercase MakeUppercase "
                  + "MakeLowercase bf it em rm sc tt sl sf small relax noopsort protect "
                  + "ensuremath")
              .split(" "));

  /** Inline math that is a single token ("$k$-means", "$\alpha$"); "$5 and $7" is money. */
  private static final Pattern SHORT_MATH =
      Pattern.compile("(?<!\\\\)\\$([^$\\s]{1,40})(?<!\\\\)\\$");

  private BibtexLatex() {}

  /** A table written as "name value name value …", which reads better than a hundred entries. */
  private static Map<String, String> pairs(String spec) {
    String[] words = spec.strip().split(" +");
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i + 1 < words.length; i += 2) {
      map.put(words[i], words[i + 1]);
    }
    return Map.copyOf(map);
  }

  /** Plain Unicode text with whitespace collapsed; null for null or blank input. */
  static String toUnicode(String latex) {
    if (latex == null) {
      return null;
    }
    if (!needsWork(latex)) {
      return PlainText.collapse(latex);
    }
    String s = latex.indexOf('$') >= 0 ? SHORT_MATH.matcher(latex).replaceAll("$1") : latex;
    StringBuilder out = new StringBuilder(s.length());
    convert(s, 0, s.length(), out);
    return PlainText.collapse(out.toString());
  }

  private static boolean needsWork(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '$') {
        return true;
      }
      if ((c == '-' || c == '`' || c == '\'') && i + 1 < s.length() && s.charAt(i + 1) == c) {
        return true;
      }
    }
    return false;
  }

  private static void convert(String s, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> i = command(s, i, to, out);
        case '{', '}' -> i++;
        case '~' -> {
          // A tie joins two words ("Fig.~3"); next to a space it means "about" ("(~ 85%)").
          boolean tie =
              i > from && i + 1 < to && !isSpace(s.charAt(i - 1)) && !isSpace(s.charAt(i + 1));
          out.append(tie ? ' ' : '~');
          i++;
        }
        case '-' -> {
          if (i + 2 < to && s.charAt(i + 1) == '-' && s.charAt(i + 2) == '-') {
            out.append('—');
            i += 3;
          } else if (i + 1 < to && s.charAt(i + 1) == '-') {
            out.append('–');
            i += 2;
          } else {
            out.append('-');
            i++;
          }
        }
        case '`', '\'' -> {
          if (i + 1 < to && s.charAt(i + 1) == c) {
            out.append(c == '`' ? '“' : '”');
            i += 2;
          } else {
            out.append(c);
            i++;
          }
        }
        default -> {
          out.append(c);
          i++;
        }
      }
    }
  }

  /** Handles the command at {@code s[i] == '\\'}; returns the index after it and its argument. */
  private static int command(String s, int i, int to, StringBuilder out) {
    if (i + 1 >= to) {
      return to;
    }
    char d = s.charAt(i + 1);
    Character mark = SYMBOL_ACCENTS.get(d);
    if (mark != null) {
      return accent(s, i + 2, to, mark, out);
    }
    if (!isAsciiLetter(d)) {
      switch (d) {
        case '\\', ',', ';', ' ' -> out.append(' ');
        case '-', '/', '@' -> {} // discretionary hyphen, italic correction, spacing hint
        default -> out.append(d); // \& \% \$ \# \_ \{ \}
      }
      return i + 2;
    }
    int end = i + 1;
    while (end < to && isAsciiLetter(s.charAt(end))) {
      end++;
    }
    String name = s.substring(i + 1, end);
    Character letterMark = LETTER_ACCENTS.get(name);
    if (letterMark != null) {
      return accent(s, end, to, letterMark, out);
    }
    String letter = LETTERS.get(name);
    if (letter != null) {
      out.append(letter);
      return skipEmptyGroup(s, skipSpaces(s, end, to), to);
    }
    String symbol = SYMBOLS.get(name);
    if (symbol != null) {
      out.append(symbol);
      return skipEmptyGroup(s, end, to);
    }
    if (MARKUP.contains(name)) {
      return skipSpaces(s, end, to);
    }
    for (int cut = name.length() - 1; cut >= MIN_GLUED_SYMBOL; cut--) {
      String glued = SYMBOLS.get(name.substring(0, cut));
      if (glued != null) {
        out.append(glued);
        return i + 1 + cut;
      }
    }
    out.append(s, i, end); // unknown: keep it as printed rather than guess
    return end;
  }

  /** Puts the combining mark on the first letter of the argument at {@code i} and composes. */
  private static int accent(String s, int i, int to, char mark, StringBuilder out) {
    int j = skipSpaces(s, i, to);
    if (j >= to) {
      return to;
    }
    String base;
    int next;
    char c = s.charAt(j);
    if (c == '{') {
      int close = matchingBrace(s, j, to);
      StringBuilder inner = new StringBuilder();
      convert(s, j + 1, close, inner);
      base = inner.toString();
      next = Math.min(close + 1, to);
    } else if (c == '\\') {
      int end = j + 1;
      while (end < to && isAsciiLetter(s.charAt(end))) {
        end++;
      }
      String name = s.substring(j + 1, end);
      // Accents go on a dotless i or j in LaTeX; Unicode composes them on the plain letter.
      base = name.equals("i") ? "i" : name.equals("j") ? "j" : LETTERS.getOrDefault(name, "");
      next = end;
    } else {
      base = String.valueOf(c);
      next = j + 1;
    }
    if (base.isEmpty()) {
      return next;
    }
    String composed = base.substring(0, 1) + mark;
    out.append(Normalizer.normalize(composed, Normalizer.Form.NFC)).append(base, 1, base.length());
    return next;
  }

  private static int matchingBrace(String s, int open, int to) {
    int depth = 0;
    for (int k = open; k < to; k++) {
      char c = s.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return k;
      }
    }
    return to;
  }

  private static int skipSpaces(String s, int i, int to) {
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipEmptyGroup(String s, int i, int to) {
    return i + 1 < to && s.charAt(i) == '{' && s.charAt(i + 1) == '}' ? i + 2 : i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
