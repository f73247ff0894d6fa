package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.search.ParsedQuery.Atom;
import dev.cvsearch.indexer.search.ParsedQuery.Clause;
import dev.cvsearch.indexer.search.ParsedQuery.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the user query syntax: words, {@code "phrases"}, {@code -exclusion}, {@code OR}, fielded
 * {@code title:}, {@code author:}, {@code venue:}, {@code year:2024} or {@code year:2020..2022}, and
 * prefixes {@code wav2*}. It never fails on what users type: stray quotes, parentheses, operators in
 * odd places and unknown fields are read as plain text. Only the length and term limits are errors.
 */
final class UserQueryParser {
  /** Longest query accepted, in characters. */
  static final int MAX_LENGTH = 500;

  /** Most terms (words, phrases, prefixes) accepted. */
  static final int MAX_TERMS = 64;

  /** Shortest prefix before a star; shorter ones would expand to most of the term dictionary. */
  private static final int MIN_PREFIX = 2;

  private static final Pattern FIELD = Pattern.compile("(?i)(title|author|authors|venue|year):");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*(?:\\.\\.|-|–)\\s*(\\d{4}))?");

  private UserQueryParser() {}

  /**
   * Parses a query.
   *
   * @throws InvalidRequestException when the query is longer than {@link #MAX_LENGTH} or has more
   *     than {@link #MAX_TERMS} terms
   */
  static ParsedQuery parse(String query) {
    String q = query == null ? "" : query;
    if (q.length() > MAX_LENGTH) {
      throw new InvalidRequestException(
          "q",
          String.format(
              Locale.ROOT, "query too long: %d characters, at most %d", q.length(), MAX_LENGTH));
    }
    List<Clause> clauses = new ArrayList<>();
    int terms = 0;
    boolean orPending = false;
    int i = 0;
    int n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        i++;
        continue;
      }
      boolean negated = false;
      if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
        negated = c == '-';
        i++;
      }
      String field = null;
      Matcher fm = FIELD.matcher(q).region(i, n);
      if (fm.lookingAt() && fm.end() < n && !Character.isWhitespace(q.charAt(fm.end()))) {
        field = fm.group(1).toLowerCase(Locale.ROOT);
        field = field.equals("authors") ? "author" : field;
        i = fm.end();
      }
      Atom atom;
      if (i < n && q.charAt(i) == '"') {
        int close = q.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        atom = new Atom(Kind.PHRASE, field, q.substring(i + 1, end).trim());
        i = close < 0 ? n : close + 1;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(q.charAt(i)) && "\"()".indexOf(q.charAt(i)) < 0) {
          i++;
        }
        String word = q.substring(start, i);
        if (field == null && !negated && (word.equals("OR") || word.equals("|"))) {
          orPending = !clauses.isEmpty();
          continue;
        }
        if (field == null && !negated && (word.equals("AND") || word.equals("&&"))) {
          continue;
        }
        atom = wordAtom(field, word);
      }
      if (atom == null || atom.text().isBlank()) {
        orPending = false;
        continue;
      }
      if (++terms > MAX_TERMS) {
        throw new InvalidRequestException(
            "q", String.format(Locale.ROOT, "query too complex: more than %d terms", MAX_TERMS));
      }
      Clause last = clauses.isEmpty() ? null : clauses.getLast();
      if (orPending && !negated && last != null && !last.negated()) {
        List<Atom> alternatives = new ArrayList<>(last.alternatives());
        alternatives.add(atom);
        clauses.set(clauses.size() - 1, new Clause(false, alternatives));
      } else {
        clauses.add(new Clause(negated, List.of(atom)));
      }
      orPending = false;
    }
    return new ParsedQuery(clauses);
  }

  private static Atom wordAtom(String field, String word) {
    if ("year".equals(field)) {
      Matcher m = YEAR.matcher(word);
      if (m.matches()) {
        return new Atom(Kind.YEAR, field, word);
      }
      // Not a year: search the text rather than failing or matching everything.
      return new Atom(Kind.WORD, null, word);
    }
    String w = word;
    if (w.endsWith("*")) {
      String stem = w.replaceAll("\\*+$", "");
      if (stem.codePointCount(0, stem.length()) >= MIN_PREFIX && stem.indexOf('*') < 0) {
        return new Atom(Kind.PREFIX, field, stem);
      }
      w = stem;
    }
    return new Atom(Kind.WORD, field, w.replace('*', ' ').strip());
  }

  /** The inclusive year range of a YEAR atom: {from, to}, in order. */
  static int[] yearRange(Atom atom) {
    Matcher m = YEAR.matcher(atom.text());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a year atom: " + atom);
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    return new int[] {Math.min(from, to), Math.max(from, to)};
  }
}
