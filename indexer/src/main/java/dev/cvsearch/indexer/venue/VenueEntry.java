package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import java.util.List;

/**
 * One dictionary row: the venue and the names it is printed under. {@code workshopKeys} are the
 * keys of those names that say "Workshop" (IEEE SLT, SemEval, WMT): when printed text contains one,
 * its word "Workshop" is explained by the venue itself rather than meaning "a workshop held at it".
 */
record VenueEntry(Venue venue, List<String> aliases, List<String> workshopKeys, boolean curated) {
  VenueEntry {
    aliases = List.copyOf(aliases);
    workshopKeys = List.copyOf(workshopKeys);
  }

  static VenueEntry of(String id, String name, VenueKind kind, List<String> aliases, boolean cur) {
    List<String> workshopKeys =
        aliases.stream()
            .filter(a -> VenueText.workshopOffset(a) >= 0)
            .map(VenueText::key)
            .filter(k -> !k.isEmpty())
            .toList();
    return new VenueEntry(new Venue(id, name, kind), aliases, workshopKeys, cur);
  }

  String id() {
    return venue.id();
  }

  /** Whether the venue is a workshop or is itself called one somewhere ("IEEE SLT"). */
  boolean workshopNamed() {
    return venue.kind() == VenueKind.WORKSHOP || !workshopKeys.isEmpty();
  }

  /** Whether the word "Workshop" in text with this key belongs to this venue's own name. */
  boolean explainsWorkshop(String textKey) {
    if (venue.kind() == VenueKind.WORKSHOP) {
      return true;
    }
    String padded = " " + textKey + " ";
    return workshopKeys.stream().anyMatch(k -> padded.contains(" " + k + " "));
  }
}
