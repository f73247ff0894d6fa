package dev.cvsearch.indexer.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person-name keys and comparisons. Two printed names are the same person when their family names
 * agree and their given names agree word for word, where an initial matches a word it starts: "M. Kim"
 * = "Minje Kim", "Feng-Ju (Claire) Chang" = "Feng-Ju Chang", "Kim, Minje" = "Minje Kim". Different
 * names never match by substring: Kai Zhen ≠ Zhen Zhang ≠ Kai Wei, Zhaofeng Sun ≠ Zhenfeng Su.
 */
public final class PersonNames {
  private static final Pattern NAME_TOKEN =
      Pattern.compile("(?:\\p{Lu}[\\p{L}'’`-]*\\.?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|(?:de|da|van|von|der|den|del|di|la|le|du|dos|bin|al|el|y)|\\([\\p{L} .-]+\\))");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "Proceedings", "Conference", "Journal", "University", "Workshop", "Transactions",
          "International", "Learning", "Neural", "Network", "Networks", "Model", "Models",
          "Language", "Speech", "Analysis", "Towards", "Toward", "Using", "With", "For", "The",
          "A", "An", "On", "In", "Of", "Via", "Deep", "Large", "Efficient", "IEEE", "ACM", "Data",
          "Systems", "Method", "Methods", "Approach", "Patent", "Application", "Research", "Lab",
          "Inc.", "Corporation", "Institute", "School", "College", "Department", "Engineer",
          "Scientist", "Software", "Student", "Professor", "Researcher", "Developer", "Manager",
          "Analyst", "Summary", "Education", "Contact", "Address", "Personal", "Details", "Page",
          "Quantum", "Curriculum", "Vitae", "Resume", "Experience", "Skills", "Objective",
          "Professional", "Technical", "Street", "Road", "Avenue", "Building", "Hall",
          "Laboratory", "Group", "Team", "Center", "Centre", "Campus", "Candidate", "Assistant",
          "Associate", "Lecturer", "Postdoctoral", "Fellow", "Intern", "Senior", "Junior", "And",
          "To", "At", "Director", "Specialist", "Officer", "Consultant", "Designer", "Chef",
          "Coordinator", "Representative", "Administrator", "Technician", "Executive", "Clerk",
          "Supervisor", "Accountant", "Teacher", "Nurse", "Aide", "Head", "Chief", "Lead", "Google",
          "Scholar", "Linkedin", "Github", "Born", "Notable", "Diploma", "Studies");

  private static final Pattern MARKS = Pattern.compile("\\\\\\*|\\*+|[†‡]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern HYPHEN_IN_WORD = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
  private static final Pattern HYPHEN_LONG_PARTS = Pattern.compile("(?<=\\p{L}{2})-(?=\\p{L}{2})");
  private static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,]$");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private PersonNames() {}

  /** A printed name in reading order: "Last, First" → "First Last", markup and marks removed. */
  public static String display(String printed) {
    String n = printed;
    // The regular expressions only where they can change something: names are mostly plain.
    if (n.indexOf('*') >= 0 || n.indexOf('†') >= 0 || n.indexOf('‡') >= 0) {
      n = MARKS.matcher(n).replaceAll("");
    }
    n = hasSpaceRun(n) ? SPACES.matcher(n).replaceAll(" ").strip() : n.strip();
    int comma = n.indexOf(',');
    if (comma > 0 && n.indexOf(',', comma + 1) < 0) {
      String last = n.substring(0, comma).strip();
      String first = n.substring(comma + 1).strip();
      if (!first.isEmpty() && !SUFFIX.matcher(first).matches()) {
        n = first + " " + last;
      }
    }
    if (n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)) {
      n = titleCase(n);
    }
    return n;
  }

  /** Lower-case ASCII words of the name, parenthesised nicknames dropped. */
  public static List<String> words(String printed) {
    return asciiWords(withoutParens(display(printed)));
  }

  private static String withoutParens(String name) {
    return name.indexOf('(') < 0 ? name : PARENS.matcher(name).replaceAll(" ");
  }

  /** Whether the text has whitespace other than single spaces, which {@link #SPACES} collapses. */
  private static boolean hasSpaceRun(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && Character.isWhitespace(c)
          || c == ' ' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case ASCII words of already-displayed text; accents folded only when present. */
  private static List<String> asciiWords(String text) {
    String n = text;
    if (!isAscii(n)) {
      n = COMBINING.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
      n = n.replace('ß', 's').replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L');
    }
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= n.length(); i++) {
      char c = i < n.length() ? Character.toLowerCase(n.charAt(i)) : ' ';
      boolean letter = c >= 'a' && c <= 'z';
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(n.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** A stable slug for a person: "kai-zhen". Hyphenated given names join ("feng-ju" → "fengju"). */
  public static String key(String printed) {
    String n = withoutParens(display(printed));
    n = n.indexOf('-') < 0 ? n : HYPHEN_IN_WORD.matcher(n).replaceAll("");
    return String.join("-", words(n));
  }

  /** True when both names plausibly denote the same person (see the class comment). */
  public static boolean sameName(String a, String b) {
    List<String> x = joinedHyphens(a);
    List<String> y = joinedHyphens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    List<String> gx = x.subList(0, x.size() - 1);
    List<String> gy = y.subList(0, y.size() - 1);
    if (gx.isEmpty() || gy.isEmpty()) {
      return false;
    }
    if (String.join("", gx).equals(String.join("", gy))) {
      return true; // "Seung Kwon" = "Seungkwon"
    }
    // The first given names must agree (initial or whole word); extra middle names are allowed.
    if (!wordAgrees(gx.get(0), gy.get(0))) {
      return false;
    }
    List<String> shorter = gx.size() <= gy.size() ? gx : gy;
    List<String> longer = gx.size() <= gy.size() ? gy : gx;
    int j = 1;
    for (int i = 1; i < shorter.size(); i++) {
      while (j < longer.size() && !wordAgrees(shorter.get(i), longer.get(j))) {
        j++;
      }
      if (j == longer.size()) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static boolean wordAgrees(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
  }

  private static List<String> joinedHyphens(String printed) {
    String n = withoutParens(display(printed));
    return asciiWords(n.indexOf('-') < 0 ? n : HYPHEN_LONG_PARTS.matcher(n).replaceAll(""));
  }

  /** True for strings shaped like a person's name: 1–5 name tokens, no title words. */
  public static boolean looksLikeName(String candidate) {
    String c = MARKS.matcher(candidate).replaceAll("").strip();
    if (c.isEmpty() || c.length() > 60 || DIGIT.matcher(c).find()) {
      return false;
    }
    String[] tokens = SPACES.split(c);
    if (tokens.length < 2 || tokens.length > 5) {
      return tokens.length == 1 && false;
    }
    for (String t : tokens) {
      String word = TRAILING_PUNCT.matcher(t).replaceAll("");
      boolean initial = word.length() == 1 && t.endsWith(".");
      if (!NAME_TOKEN.matcher(t).matches()
          || !initial && (NOT_NAMES.contains(word) || NOT_NAMES.contains(titleCase(word)))) {
        return false;
      }
    }
    return true;
  }

  private static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder(upper.length());
    boolean start = true;
    for (char ch : upper.toCharArray()) {
      sb.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch) && ch != '\'';
    }
    return sb.toString();
  }
}
