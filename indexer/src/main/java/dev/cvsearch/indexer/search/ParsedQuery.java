package dev.cvsearch.indexer.search;

import java.util.List;

/**
 * A user query after parsing: clauses that must all match (or, relaxed, most of them), each a group
 * of alternatives joined by {@code OR}, and clauses that must not match.
 *
 * @param clauses in the order typed
 */
record ParsedQuery(List<Clause> clauses) {

  ParsedQuery {
    clauses = List.copyOf(clauses);
  }

  /** True when nothing searchable was typed: the query matches every document. */
  boolean isEmpty() {
    return clauses.stream().noneMatch(c -> !c.negated());
  }

  /** One clause: alternatives OR-ed; a negated clause excludes what it matches. */
  record Clause(boolean negated, List<Atom> alternatives) {
    Clause {
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * One searchable unit as typed.
   *
   * @param kind what it is
   * @param field null for the default fields, else one of title, author, venue, year
   * @param text the word, phrase or prefix text (without quotes or star); for years "2020..2022"
   */
  record Atom(Kind kind, String field, String text) {}

  /** What an atom is. */
  enum Kind {
    WORD,
    PHRASE,
    PREFIX,
    YEAR
  }
}
