package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import dev.cvsearch.indexer.venue.KnownVenueMatcher.Hit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation rules, uncached: no-venue markers, patents, preprint servers, "Findings of",
 * workshops held at a host venue, dictionary venues, and finally a cleaned unknown name.
 */
final class VenueResolver {
  private static final Pattern NO_VENUE =
      Pattern.compile(
          "(?i)^[\\[(]?\\s*(?:in submission|submitted|under (?:review|submission)|in preparation|in"
              + " press|forthcoming|to appear|accepted|manuscript|unpublished|preprint|working"
              + " paper|n/?a|none|tba|tbd|-+)\\b(?:\\s+(?:to|at|for)\\b.*)?[\\s.\\])]*$");
  private static final Pattern PATENT =
      Pattern.compile(
          "(?i)^(?!.*\\b(?:workshop|conference|symposium|journal)\\b).*\\bpatent\\b"
              + "|^(?:US|EP|WO|CN|JP|KR|DE)\\s?\\d[\\d,/ ]{4,}\\s?(?:[AB]\\d?)?$");
  private static final Pattern PREPRINT =
      Pattern.compile("(?i)^(?:e-?print|preprint)?[\\s:,]*(?:arxiv|corr)\\b");
  private static final Pattern FINDINGS =
      Pattern.compile("(?i)^findings\\s+(?:of\\s+)?(?:the\\s+)?(.+)$");
  private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern STUDENT_RESEARCH =
      Pattern.compile("(?i)\\bstudent research workshop\\b");

  private final VenueDictionary dictionary;
  private final KnownVenueMatcher matcher;

  VenueResolver(VenueDictionary dictionary) {
    this.dictionary = dictionary;
    this.matcher = new KnownVenueMatcher(dictionary);
  }

  KnownVenueMatcher matcher() {
    return matcher;
  }

  VenueDictionary dictionary() {
    return dictionary;
  }

  Optional<Venue> resolve(String printed) {
    if (printed == null) {
      return Optional.empty();
    }
    String text = VenueText.tidy(printed);
    if (text.isEmpty() || NO_VENUE.matcher(text).matches() || PATENT.matcher(text).find()) {
      return Optional.empty();
    }
    String stripped = VenueText.stripLeadingNoise(text);
    if (stripped.isEmpty() || NO_VENUE.matcher(stripped).matches()) {
      return Optional.empty();
    }
    if (PREPRINT.matcher(stripped).find()) {
      return dictionary.byId("arxiv").map(VenueEntry::venue);
    }
    Matcher findings = FINDINGS.matcher(stripped);
    if (findings.matches()) {
      Optional<Venue> host = findingsOf(findings.group(1));
      if (host.isPresent()) {
        return host;
      }
    }
    return known(stripped).or(() -> UnknownVenue.of(stripped));
  }

  /** "Association for Computational Linguistics: EMNLP 2020" → EMNLP Findings. */
  private Optional<Venue> findingsOf(String rest) {
    int colon = rest.indexOf(':');
    Optional<VenueEntry> host = Optional.empty();
    if (colon > 0) {
      host = firstHit(rest.substring(colon + 1).trim());
    }
    if (host.isEmpty()) {
      host = firstHit(rest);
    }
    return host.map(VenueResolver::findingsVenue)
        .map(v -> dictionary.byId(v.id()).map(VenueEntry::venue).orElse(v));
  }

  private static Venue findingsVenue(VenueEntry host) {
    String id = host.id().endsWith("-findings") ? host.id() : host.id() + "-findings";
    String name =
        host.id().endsWith("-findings") ? host.venue().name() : host.venue().name() + " Findings";
    return new Venue(id, name, VenueKind.CONFERENCE);
  }

  private Optional<VenueEntry> firstHit(String text) {
    return matcher.hits(VenueText.stripLeadingNoise(text)).stream().map(Hit::entry).findFirst();
  }

  /**
   * The first dictionary hit the word "Workshop" allows: a venue whose own name says Workshop (IEEE
   * SLT, SemEval) is itself; a venue named before the word hosts the workshop ("CVPR Workshop"); a
   * venue named only after it ("Workshop on X at ACL") is not the venue.
   */
  private Optional<Venue> known(String text) {
    List<Hit> hits = matcher.hits(text);
    String textKey = VenueText.key(text);
    if (VenueText.workshopOffset(text) >= 0) {
      for (Hit hit : hits) {
        if (hit.entry().explainsWorkshop(textKey)) {
          return Optional.of(hit.entry().venue());
        }
      }
    }
    for (Hit hit : hits) {
      VenueEntry entry = hit.entry();
      int workshop = VenueText.workshopOffset(hit.text());
      if (workshop < 0) {
        return Optional.of(entry.venue());
      }
      if (hit.offset() < workshop) {
        return Optional.of(hostWorkshop(entry, text));
      }
    }
    return Optional.empty();
  }

  /** "ICLR Workshop on ... (ICLR-SLLM)" → "ICLR Workshop SLLM"; otherwise "CVPR Workshop". */
  private Venue hostWorkshop(VenueEntry host, String text) {
    if (STUDENT_RESEARCH.matcher(text).find()) {
      // The ACL family publishes its student research workshop inside the main proceedings.
      return host.venue();
    }
    Matcher paren = PARENS.matcher(text);
    while (paren.find()) {
      String[] parts = KnownVenueMatcher.cleanAcronym(paren.group(1)).split("[-\\s]+", 2);
      if (parts.length == 2
          && parts[1].matches("[\\p{L}\\d]{2,15}")
          && matcher.lookupName(parts[0]).filter(e -> e.id().equals(host.id())).isPresent()) {
        String name = host.venue().name() + " Workshop " + parts[1];
        return new Venue(VenueText.slug(name), name, VenueKind.WORKSHOP);
      }
    }
    String name = host.venue().name() + " Workshop";
    return new Venue(host.id() + "-workshop", name, VenueKind.WORKSHOP);
  }
}
