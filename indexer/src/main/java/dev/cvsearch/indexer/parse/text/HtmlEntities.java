package dev.cvsearch.indexer.parse.text;

import java.util.Map;

/** Decodes the HTML character references that turn up in Markdown CVs. */
final class HtmlEntities {
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ensp", " "),
          Map.entry("emsp", " "),
          Map.entry("thinsp", " "),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"),
          Map.entry("middot", "·"),
          Map.entry("bull", "•"),
          Map.entry("rsquo", "’"),
          Map.entry("lsquo", "‘"),
          Map.entry("rdquo", "”"),
          Map.entry("ldquo", "“"),
          Map.entry("copy", "©"),
          Map.entry("reg", "®"),
          Map.entry("trade", "™"),
          Map.entry("eacute", "é"),
          Map.entry("egrave", "è"),
          Map.entry("aacute", "á"),
          Map.entry("agrave", "à"),
          Map.entry("iacute", "í"),
          Map.entry("oacute", "ó"),
          Map.entry("uacute", "ú"),
          Map.entry("uuml", "ü"),
          Map.entry("ouml", "ö"),
          Map.entry("auml", "ä"),
          Map.entry("ccedil", "ç"),
          Map.entry("ntilde", "ñ"),
          Map.entry("szlig", "ß"),
          Map.entry("star", "☆"),
          Map.entry("dagger", "†"));

  private HtmlEntities() {}

  /** "&amp;" → "&", "&#233;" → "é"; an unknown or invalid reference is returned unchanged. */
  static String decode(String entity) {
    String body = entity.substring(1, entity.length() - 1);
    if (body.startsWith("#")) {
      boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
      // The caller's pattern allows at most 7 decimal or 6 hex digits: this cannot overflow.
      int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : entity;
    }
    return NAMED.getOrDefault(body, entity);
  }
}
