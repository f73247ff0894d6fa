package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.VenueKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The venue dictionary: rows from {@code venues-generated.tsv} (CORE lists, ACL Anthology venues)
 * overlaid by {@code venues-curated.tsv}, indexed by alias key. Immutable once built.
 */
final class VenueDictionary {
  static final String GENERATED = "venues-generated.tsv";
  static final String CURATED = "venues-curated.tsv";

  private final Map<String, VenueEntry> byId;
  private final Map<String, VenueEntry> byKey = new HashMap<>();
  private final Map<String, VenueEntry> byCompact = new HashMap<>();
  private final Map<String, VenueEntry> byAcronym = new HashMap<>();

  private VenueDictionary(Map<String, VenueEntry> entries) {
    this.byId = Map.copyOf(entries);
    // Curated rows index last so their aliases win over generated rows claiming the same name.
    List<VenueEntry> ordered = new ArrayList<>(entries.values());
    ordered.sort((a, b) -> Boolean.compare(a.curated(), b.curated()));
    for (VenueEntry entry : ordered) {
      for (String alias : entry.aliases()) {
        String key = VenueText.key(alias);
        if (!key.isEmpty()) {
          byKey.put(key, entry);
        }
        if (!alias.contains(" ")) {
          if (entry.curated()) {
            byCompact.put(VenueText.compactKey(alias), entry);
          } else {
            byCompact.putIfAbsent(VenueText.compactKey(alias), entry);
          }
          if (isAcronym(alias) || isBrandName(alias, entry)) {
            byAcronym.put(alias, entry);
          }
        }
      }
    }
    indexCapitals(ordered);
  }

  private void indexCapitals(List<VenueEntry> ordered) {
    // "INTERSPEECH" finds Interspeech, but a capitalised form never displaces a real spelling
    // ("MUC" stays Message Understanding, not Mensch & Computer's "MuC").
    for (int i = ordered.size() - 1; i >= 0; i--) {
      for (String alias : ordered.get(i).aliases()) {
        if (!alias.contains(" ") && isAcronym(alias)) {
          byAcronym.putIfAbsent(alias.toUpperCase(Locale.ROOT), ordered.get(i));
        }
      }
    }
  }

  /** The dictionary shipped in the jar. */
  static VenueDictionary load() {
    Map<String, VenueEntry> entries = new LinkedHashMap<>();
    for (VenueEntry e : read(GENERATED, false)) {
      entries.put(e.id(), e);
    }
    for (VenueEntry e : read(CURATED, true)) {
      VenueEntry generated = entries.get(e.id());
      if (generated != null) {
        Set<String> aliases = new LinkedHashSet<>(e.aliases());
        aliases.addAll(generated.aliases());
        e = VenueEntry.of(e.id(), e.venue().name(), e.venue().kind(), List.copyOf(aliases), true);
      }
      entries.put(e.id(), e);
    }
    return new VenueDictionary(entries);
  }

  Optional<VenueEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The entry one of whose aliases has this key (see {@link VenueText#key}). */
  Optional<VenueEntry> byKey(String key) {
    return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
  }

  /** The entry for a single-word alias compared without separators ("W-NUT" = "WNUT"). */
  Optional<VenueEntry> byCompact(String word) {
    String compact = VenueText.compactKey(word);
    return compact.isEmpty() ? Optional.empty() : Optional.ofNullable(byCompact.get(compact));
  }

  /** The entry for an acronym token exactly as printed, or in capitals ("INTERSPEECH"). */
  Optional<VenueEntry> byAcronym(String token) {
    return Optional.ofNullable(byAcronym.get(token));
  }

  int size() {
    return byId.size();
  }

  /** Acronym-shaped aliases: no spaces, three or more characters, two or more capitals. */
  private static boolean isAcronym(String alias) {
    long capitals = alias.chars().filter(Character::isUpperCase).count();
    return alias.length() >= 3 && capitals >= 2 && alias.chars().anyMatch(Character::isLetter);
  }

  /** Curated one-word conference names ("Interspeech", "Eurospeech") count as acronyms too. */
  private static boolean isBrandName(String alias, VenueEntry entry) {
    return entry.curated()
        && entry.venue().kind() == VenueKind.CONFERENCE
        && alias.length() >= 5
        && Character.isUpperCase(alias.charAt(0))
        && alias.chars().allMatch(Character::isLetter);
  }

  private static List<VenueEntry> read(String resource, boolean curated) {
    List<VenueEntry> out = new ArrayList<>();
    try (InputStream in = VenueDictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("venue dictionary resource missing: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 3) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected id, name, kind");
        }
        List<String> aliases = new ArrayList<>();
        aliases.add(cols[1]);
        if (cols.length > 3 && !cols[3].isBlank()) {
          Arrays.stream(cols[3].split("\\|")).map(String::trim).forEach(aliases::add);
        }
        List<String> unique = List.copyOf(new LinkedHashSet<>(aliases));
        out.add(VenueEntry.of(cols[0], cols[1], kind(cols[2], resource, lineNo), unique, curated));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read venue dictionary " + resource, e);
    }
    return out;
  }

  private static VenueKind kind(String label, String resource, int lineNo) {
    for (VenueKind kind : VenueKind.values()) {
      if (kind.label().equals(label.trim())) {
        return kind;
      }
    }
    throw new IllegalStateException(resource + ":" + lineNo + ": unknown kind '" + label + "'");
  }
}
