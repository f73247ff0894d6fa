package dev.cvsearch.indexer.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light cleanup of a Markdown CV for the CV reader: HTML tags and entities, links, images, Jekyll
 * front matter and Liquid tags go; Markdown emphasis, headings and list markers stay, since the CV
 * reader uses them.
 *
 * <p>Output line i is input line i (removed blocks leave blank lines), so the CV reader's line
 * numbers still point into the file.
 */
public final class MarkdownText {
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern AUTOLINK =
      Pattern.compile("<((?:https?|ftp)://[^\\s<>]++|mailto:[^\\s<>]++|[^\\s<>@]++@[^\\s<>]++)>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*+(?:\\s[^<>]*+)?/?>");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]\\n]*+)\\]\\([^()\\n]*+\\)");
  private static final Pattern LINK =
      Pattern.compile(
          "\\[((?:[^\\[\\]\\n"
              + "]++|\\[[^\\[\\]\\n"
              + "]*+\\])*+)\\]\\(\\s*+<?([^()\\s<>]*+(?:\\([^()\\s]*+\\))?+[^()\\s<>]*+)>?(?:\\s++\"[^\"\\n"
              + "]*+\")?\\s*+\\)");
  private static final Pattern REF_LINK =
      Pattern.compile("\\[([^\\[\\]\\n]++)\\]\\[[^\\[\\]\\n]*+\\]");
  private static final Pattern LIQUID = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}");
  private static final Pattern KRAMDOWN_ATTRS = Pattern.compile("\\{:[^{}\\n]*+\\}");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private MarkdownText() {}

  /** The cleaned text; never throws. */
  public static String toPlain(String md) {
    if (md == null || md.isEmpty()) {
      return "";
    }
    String s = TextFiles.normaliseNewlines(md);
    s = blankFrontMatter(s);
    s = replaceKeepingLines(HTML_COMMENT, s);
    s = replaceKeepingLines(LIQUID, s);
    s = KRAMDOWN_ATTRS.matcher(s).replaceAll("");
    s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(stripMailto(m.group(1))));
    s = TAG.matcher(s).replaceAll(m -> m.group().startsWith("<br") ? " " : "");
    s = IMAGE.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(linkText(m.group(1), m.group(2))));
    s = REF_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(HtmlEntities.decode(m.group())));
    s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    return trimLineEnds(s);
  }

  private static String linkText(String text, String url) {
    return text.isBlank() ? stripMailto(url) : text;
  }

  private static String stripMailto(String url) {
    return url.regionMatches(true, 0, "mailto:", 0, 7) ? url.substring(7) : url;
  }

  /** Jekyll front matter (--- ... --- at the top) is site configuration, not CV content. */
  private static String blankFrontMatter(String s) {
    if (!s.startsWith("---\n")) {
      return s;
    }
    int end = s.indexOf("\n---\n", 3);
    if (end < 0) {
      end = s.endsWith("\n---") ? s.length() - 4 : -1;
    }
    if (end < 0) {
      return s;
    }
    int close = Math.min(s.length(), end + 4);
    return newlinesOf(s.substring(0, close)) + s.substring(close);
  }

  /** Replaces each match with the newlines it contained, so later lines keep their numbers. */
  private static String replaceKeepingLines(Pattern p, String s) {
    return p.matcher(s).replaceAll(m -> newlinesOf(m.group()));
  }

  private static String newlinesOf(String text) {
    return "\n".repeat((int) text.chars().filter(c -> c == '\n').count());
  }

  private static String trimLineEnds(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }
}
