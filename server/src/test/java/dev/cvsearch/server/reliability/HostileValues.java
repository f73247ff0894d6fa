package dev.cvsearch.server.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Random and hostile strings for request targets, already in the form they go on the wire. */
final class HostileValues {
  /** Raw pieces: sent as they are (some are invalid percent-encoding on purpose). */
  static final List<String> RAW = List.of(
      "", "%", "%%", "%zz", "%2", "%00", "%0a%0d", "%c0%ae", "%ff%fe", "%ed%a0%80", "%e2%82",
      "%2e%2e%2f", "..%2f..%2f", "%252e%252e", "+", "++", "&", "&&", "=", "==", "?", "#",
      ";", "%3b", "%7B%7D", "%5B%5D", "%22", "%27", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "javascript:alert(1)", "%26amp%3B", "%26%2399999999%3B", "-1", "0", "00", "-0",
      "2147483648", "-2147483649", "99999999999999999999", "1e9", "0x10", "NaN", "Infinity",
      "1.5", "%201%20", "true", "null", "undefined", "[]", "{}", "%E6%BC%A2%E5%AD%97",
      "%F0%9F%99%82", "OR", "AND", "title%3A", "year%3A2020..2022", "year%3A0..9999",
      "wav2*", "*", "a*", "%22unclosed", "((((", "))))", "--", "-speech", "%5C", "/", "..",
      "ICASSP", "icassp", "cs.CL", "eess.AS", "2024", "1000", "2999", "999", "3000",
      "work", "person", "WORK", "relevance", "newest", "journal", "conference");

  private HostileValues() {}

  /** One value: a raw piece, random printable text, random bytes escaped, or something long. */
  static String value(Random r) {
    return switch (r.nextInt(10)) {
      case 0, 1, 2, 3 -> RAW.get(r.nextInt(RAW.size()));
      case 4 -> concat(r, 2 + r.nextInt(4));
      case 5 -> URLEncoder.encode(randomText(r, 1 + r.nextInt(40)), StandardCharsets.UTF_8);
      case 6 -> escapedBytes(r, 1 + r.nextInt(30));
      case 7 -> "a".repeat(r.nextInt(3) == 0 ? 5000 : 490 + r.nextInt(30));
      case 8 -> String.join("+OR+", java.util.Collections.nCopies(1 + r.nextInt(120), "x"));
      default -> Integer.toString(r.nextInt(2000) - 500);
    };
  }

  private static String concat(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(RAW.get(r.nextInt(RAW.size())));
    }
    return b.toString();
  }

  /** Printable and not: every code point class, including lone surrogates. */
  static String randomText(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> b.append((char) (0x20 + r.nextInt(0x5F)));
        case 1 -> b.append((char) r.nextInt(0x20));
        case 2 -> b.append((char) (0x80 + r.nextInt(0x780)));
        case 3 -> b.append((char) (0x4E00 + r.nextInt(0x5000)));
        default -> b.append((char) r.nextInt(0x10000));
      }
    }
    return b.toString();
  }

  private static String escapedBytes(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", r.nextInt(256)));
    }
    return b.toString();
  }
}
