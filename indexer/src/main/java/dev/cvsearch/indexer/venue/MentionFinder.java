package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dictionary venue acronym in free text (arXiv comments and journal-refs). Acronyms are
 * matched as whole tokens, exactly as the dictionary spells them or in capitals, and only count
 * next to a year or after an acceptance cue, so "ICML-style", "oracle" or "12 pages" never fire.
 */
final class MentionFinder {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}*][\\p{L}\\p{N}*&/+'-]*");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[-'/+&]+$");
  private static final Pattern ACRONYM_YEAR =
      Pattern.compile("(.*?[\\p{L}*])(?:[-']?((?:19|20)\\d\\d|\\d\\d))?");
  private static final Pattern NEXT_YEAR =
      Pattern.compile("^[\\s,]*(?:'|’)?((?:19|20)\\d\\d|\\d\\d)\\b");
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(?:accepted|to appear|appears?|appeared|published|presented|camera[- ]ready"
              + "|proceedings|conference|workshop|in|at)\\b[^.;]{0,60}$");
  private static final Pattern NOT_YET =
      Pattern.compile(
          "(?i)\\b(?:submitted|submission|under review|rejected|withdrawn|reject)\\b[^.;]{0,40}$");
  private static final Pattern WORKSHOP_AFTER =
      Pattern.compile("(?i)^[\\s,'\\d-]*(?:\\p{L}+\\s+){0,2}workshops?\\b");
  private static final Pattern WORKSHOP_BEFORE =
      Pattern.compile("(?i)\\bworkshops?\\b[^.;]{0,80}\\b(?:at|@|of|co-located with)\\s*$");
  private static final Pattern FINDINGS_AFTER =
      Pattern.compile("(?i)^[\\s,'\\d-]*(?:\\(\\s*)?findings\\b");
  private static final Pattern FINDINGS_BEFORE =
      Pattern.compile("(?i)\\bfindings\\s+(?:of\\s+)?(?:the\\s+)?$");

  private final VenueResolver resolver;

  MentionFinder(VenueResolver resolver) {
    this.resolver = resolver;
  }

  Optional<VenueMention> find(String freeText) {
    if (freeText == null || freeText.isBlank()) {
      return Optional.empty();
    }
    String text = VenueText.tidy(freeText);
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      Matcher parts = ACRONYM_YEAR.matcher(TRAILING_MARKS.matcher(token.group()).replaceAll(""));
      if (!parts.matches()) {
        continue;
      }
      Optional<VenueEntry> entry = resolver.dictionary().byAcronym(parts.group(1));
      if (entry.isEmpty() || entry.get().venue().kind() == VenueKind.PREPRINT_SERVER) {
        continue;
      }
      String before = text.substring(0, token.start());
      String after = text.substring(token.end());
      Integer year = year(parts.group(2), after);
      boolean cue = CUE.matcher(before).find();
      if ((year == null && !cue) || NOT_YET.matcher(before).find()) {
        continue;
      }
      String rest = year != null && parts.group(2) == null ? afterYear(after) : after;
      return Optional.of(mention(entry.get(), year, before, rest));
    }
    return Optional.empty();
  }

  private VenueMention mention(VenueEntry entry, Integer year, String before, String after) {
    if (FINDINGS_AFTER.matcher(after).find() || FINDINGS_BEFORE.matcher(before).find()) {
      String id = entry.id() + "-findings";
      Venue findings =
          resolver
              .dictionary()
              .byId(id)
              .map(VenueEntry::venue)
              .orElse(new Venue(id, entry.venue().name() + " Findings", VenueKind.CONFERENCE));
      return new VenueMention(findings, year, false);
    }
    boolean workshop =
        !entry.workshopNamed()
            && (WORKSHOP_AFTER.matcher(after).find() || WORKSHOP_BEFORE.matcher(before).find());
    if (workshop) {
      Venue host = entry.venue();
      return new VenueMention(
          new Venue(host.id() + "-workshop", host.name() + " Workshop", VenueKind.WORKSHOP),
          year,
          true);
    }
    return new VenueMention(entry.venue(), year, false);
  }

  private static Integer year(String attached, String after) {
    String digits = attached;
    if (digits == null) {
      Matcher next = NEXT_YEAR.matcher(after);
      digits = next.find() ? next.group(1) : null;
    }
    if (digits == null) {
      return null;
    }
    int value = Integer.parseInt(digits);
    return digits.length() == 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
  }

  private static String afterYear(String after) {
    Matcher next = NEXT_YEAR.matcher(after);
    return next.find() ? after.substring(next.end()) : after;
  }
}
