package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.server.bench.BenchQuery.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The query mix, drawn with a fixed seed from the corpus's real titles and names: 1–4 consecutive
 * title words; half of the work queries filtered by the venue, year or topic of the title's own
 * record (so filters select something); some two- or three-word "phrases"; some people queries
 * (type=person) by a person's or an author's name.
 */
public final class QueryMix {
  private QueryMix() {}

  /** Share of people queries. */
  static final double PEOPLE = 0.10;

  /** Share of phrase queries. */
  static final double PHRASES = 0.15;

  /** Draws {@code count} queries. */
  public static List<BenchQuery> draw(Corpus corpus, int count, long seed) {
    Random rnd = new Random(seed);
    List<Work> works = corpus.works();
    List<BenchQuery> out = new ArrayList<>();
    int attempts = 0;
    while (out.size() < count && !works.isEmpty() && attempts++ < count * 50) {
      double roll = rnd.nextDouble();
      Work w = works.get(rnd.nextInt(works.size()));
      if (roll < PEOPLE) {
        String name = personName(corpus.people(), w, rnd);
        if (name != null) {
          out.add(new BenchQuery(Kind.PERSON, name, "person", null, null, null));
        }
        continue;
      }
      List<String> words = words(w.title());
      if (words.isEmpty()) {
        continue;
      }
      boolean phrase = roll < PEOPLE + PHRASES && words.size() >= 2;
      int n = phrase ? 2 + rnd.nextInt(Math.min(2, words.size() - 1)) : 1 + rnd.nextInt(4);
      n = Math.min(n, words.size());
      int start = rnd.nextInt(words.size() - n + 1);
      String text = String.join(" ", words.subList(start, start + n));
      if (phrase) {
        out.add(new BenchQuery(Kind.PHRASE, "\"" + text + "\"", null, null, null, null));
      } else if (rnd.nextBoolean()) {
        out.add(filtered(text, w, rnd));
      } else {
        out.add(new BenchQuery(Kind.KEYWORDS, text, null, null, null, null));
      }
    }
    return out;
  }

  private static BenchQuery filtered(String text, Work w, Random rnd) {
    List<Integer> dims = new ArrayList<>();
    if (w.venue() != null) {
      dims.add(0);
    }
    if (w.year() != null) {
      dims.add(1);
    }
    if (!w.topics().isEmpty()) {
      dims.add(2);
    }
    if (dims.isEmpty()) {
      return new BenchQuery(Kind.KEYWORDS, text, null, null, null, null);
    }
    // One filter, sometimes two, from the record's own values.
    java.util.Collections.shuffle(dims, rnd);
    List<Integer> use = dims.subList(0, dims.size() > 1 && rnd.nextInt(3) == 0 ? 2 : 1);
    return new BenchQuery(
        Kind.FILTERED,
        text,
        null,
        use.contains(0) ? w.venue().id() : null,
        use.contains(2) ? w.topics().get(0) : null,
        use.contains(1) ? w.year() : null);
  }

  private static String personName(List<Person> people, Work w, Random rnd) {
    if (!people.isEmpty() && rnd.nextBoolean()) {
      return clean(people.get(rnd.nextInt(people.size())).name());
    }
    return w.authors().isEmpty() ? null : clean(w.authors().get(rnd.nextInt(w.authors().size())));
  }

  /** A name as plain words: no operators or field syntax reach the query. */
  private static String clean(String name) {
    String s = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ]+", " ").trim();
    // Lower case, so that a name like "Or" is never read as the OR operator.
    s = s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return s.isEmpty() ? null : s;
  }

  /** Lower-case words of a title: letters and digits, 3+ characters, no stop words. */
  static List<String> words(String title) {
    return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> t.length() >= 3)
        .filter(t -> t.chars().anyMatch(Character::isLetter))
        .filter(t -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t))
        .filter(t -> !t.equals("and") && !t.equals("not"))
        .toList();
  }
}
