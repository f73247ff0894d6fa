package dev.cvsearch.indexer.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The arXiv category taxonomy: every canonical category with its official name, plus the aliases
 * arXiv files under another id, loaded from {@code arxiv-categories.tsv} and {@code
 * arxiv-aliases.tsv} next to this class. Immutable and thread-safe.
 *
 * <p>{@link #resolve} turns what sources print into canonical ids: full ids in any case ("CS.lg"),
 * aliases ("cs.SY" is filed as "eess.SY"), single-category archives ("hep-th"), and the short codes
 * of profile pages ("AS"), which name only the part after the dot.
 */
public final class ArxivTaxonomy {
  private static final String CATEGORIES_RESOURCE = "arxiv-categories.tsv";
  private static final String ALIASES_RESOURCE = "arxiv-aliases.tsv";

  /**
   * Which archive a short code belongs to when several archives share it, most likely first: a
   * profile page of a machine-learning researcher printing "CO" means stat.CO sooner than
   * astro-ph.CO. Archives not listed come after these, in file order.
   */
  private static final List<String> SHORT_CODE_PRECEDENCE =
      List.of(
          "cs",
          "eess",
          "stat",
          "math",
          "econ",
          "q-bio",
          "q-fin",
          "astro-ph",
          "cond-mat",
          "nlin",
          "physics");

  private static final ArxivTaxonomy STANDARD = load();

  private final List<Category> all;
  private final Map<String, Category> byId;

  /** Lower-cased canonical id or alias → canonical id. */
  private final Map<String, String> idsByLowerCase;

  /** Subject as printed ("AS", "soft") → canonical id, by archive precedence. */
  private final Map<String, String> shortCodes;

  /** Lower-cased subject → canonical id, for pages that print codes in another case. */
  private final Map<String, String> shortCodesByLowerCase;

  private ArxivTaxonomy(List<Category> categories, Map<String, String> aliases) {
    this.all = List.copyOf(categories);
    Map<String, Category> ids = new LinkedHashMap<>();
    Map<String, String> lower = new HashMap<>();
    for (Category c : categories) {
      if (ids.putIfAbsent(c.id(), c) != null
          || lower.putIfAbsent(c.id().toLowerCase(Locale.ROOT), c.id()) != null) {
        throw new IllegalStateException("duplicate arXiv category " + c.id());
      }
    }
    aliases.forEach(
        (alias, canonical) -> {
          if (!ids.containsKey(canonical)) {
            throw new IllegalStateException("alias " + alias + " names unknown " + canonical);
          }
          if (lower.putIfAbsent(alias.toLowerCase(Locale.ROOT), canonical) != null) {
            throw new IllegalStateException("alias " + alias + " is also a category");
          }
        });
    this.byId = Map.copyOf(ids);
    this.idsByLowerCase = Map.copyOf(lower);

    Map<String, String> codes = new HashMap<>();
    Map<String, String> codesLower = new HashMap<>();
    List<Category> byPrecedence = new ArrayList<>(categories);
    byPrecedence.sort(Comparator.comparingInt(c -> archiveRank(c.archive())));
    for (Category c : byPrecedence) {
      addShortCode(codes, codesLower, c.subject(), c.id());
    }
    // Aliases are never a paper's primary category, so they only fill codes no canonical one has
    // ("MP" → math.MP → math-ph).
    aliases.forEach(
        (alias, canonical) -> {
          int dot = alias.indexOf('.');
          addShortCode(codes, codesLower, dot < 0 ? null : alias.substring(dot + 1), canonical);
        });
    this.shortCodes = Map.copyOf(codes);
    this.shortCodesByLowerCase = Map.copyOf(codesLower);
  }

  /** The taxonomy shipped in the jar. */
  public static ArxivTaxonomy standard() {
    return STANDARD;
  }

  /**
   * The canonical id for a category id, alias, single-category archive or profile short code ("AS"
   * → "eess.AS", "CS.lg" → "cs.LG", "cs.SY" → "eess.SY"); empty when the text names no category.
   */
  public Optional<String> resolve(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String text = code.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String id = idsByLowerCase.get(text.toLowerCase(Locale.ROOT));
    if (id == null && text.indexOf('.') < 0) {
      id = shortCodes.get(text);
      if (id == null) {
        id = shortCodesByLowerCase.get(text.toLowerCase(Locale.ROOT));
      }
    }
    return Optional.ofNullable(id);
  }

  /** The category that {@link #resolve} finds for the text. */
  public Optional<Category> category(String code) {
    return resolve(code).map(byId::get);
  }

  /**
   * The official name of a category ("eess.AS" → "Audio and Speech Processing"); accepts whatever
   * {@link #resolve} accepts, so an alias gets the name of the category it is filed under.
   */
  public Optional<String> name(String id) {
    return category(id).map(Category::name);
  }

  /** Every canonical category, grouped by archive as arXiv lists them; aliases are not included. */
  public List<Category> all() {
    return all;
  }

  private static int archiveRank(String archive) {
    int rank = SHORT_CODE_PRECEDENCE.indexOf(archive);
    return rank < 0 ? SHORT_CODE_PRECEDENCE.size() : rank;
  }

  private static void addShortCode(
      Map<String, String> codes, Map<String, String> codesLower, String subject, String id) {
    if (subject != null) {
      codes.putIfAbsent(subject, id);
      codesLower.putIfAbsent(subject.toLowerCase(Locale.ROOT), id);
    }
  }

  private static ArxivTaxonomy load() {
    List<Category> categories = new ArrayList<>();
    for (List<String> row : readRows(CATEGORIES_RESOURCE, 3)) {
      String id = row.get(0);
      int dot = id.indexOf('.');
      String archive = dot < 0 ? id : id.substring(0, dot);
      categories.add(new Category(id, row.get(1), archive, row.get(2)));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    for (List<String> row : readRows(ALIASES_RESOURCE, 2)) {
      aliases.put(row.get(0), row.get(1));
    }
    return new ArxivTaxonomy(categories, aliases);
  }

  /** The data rows of a bundled TSV: no comments, blank lines or the column-name header. */
  private static List<List<String>> readRows(String resource, int columns) {
    InputStream in = ArxivTaxonomy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " next to ArxivTaxonomy");
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        List<String> fields = List.of(line.split("\t", -1));
        if (fields.size() != columns || fields.stream().anyMatch(String::isBlank)) {
          throw new IllegalStateException(
              resource + ":" + lineNo + ": expected " + columns + " tab-separated fields");
        }
        rows.add(fields.stream().map(String::strip).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
