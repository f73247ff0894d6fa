package dev.cvsearch.indexer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A publication-like work (paper, patent, preprint…). Parsers emit one per listed item with a single
 * source; the merger folds the items that are the same work into one record with every source.
 *
 * @param id stable id, derived from the normalised title and year (see {@code WorkIds})
 * @param title title as printed by the best source
 * @param titleVariants other printed forms of the title (case or punctuation differences)
 * @param authors author names in printed order, markup and equal-contribution marks stripped
 * @param authorsComplete false when the printed list was cut ("et al.") or absent
 * @param venue normalised venue, or null when none was printed
 * @param venueRaw the venue text as printed, or null
 * @param year publication year (the venue's year when one is printed), or null
 * @param date ISO date (yyyy-MM-dd) from a dated listing (profile pages, arXiv), or null
 * @param type publication type
 * @param topics arXiv category ids ("eess.AS", "cs.LG")
 * @param abstractText abstract, or null
 * @param identifiers external ids by scheme: "doi", "arxiv", "patent", "url", "bibkey"
 * @param sources every place the work was listed
 * @param people ids of known people linked to the work (authors or owners of the listing file)
 */
public record Work(
    String id,
    String title,
    List<String> titleVariants,
    List<String> authors,
    boolean authorsComplete,
    Venue venue,
    String venueRaw,
    Integer year,
    String date,
    WorkType type,
    List<String> topics,
    @JsonProperty("abstract") String abstractText,
    Map<String, String> identifiers,
    List<Source> sources,
    List<String> people) {

  public Work {
    Objects.requireNonNull(title, "title");
    titleVariants = List.copyOf(titleVariants == null ? List.of() : titleVariants);
    authors = List.copyOf(authors == null ? List.of() : authors);
    type = type == null ? WorkType.OTHER : type;
    topics = List.copyOf(topics == null ? List.of() : topics);
    identifiers = Map.copyOf(identifiers == null ? Map.of() : identifiers);
    sources = List.copyOf(sources == null ? List.of() : sources);
    people = List.copyOf(people == null ? List.of() : people);
  }

  /** Starts a builder for a work as a parser sees it: one source, no id or links yet. */
  public static WorkBuilder builder(String title) {
    return new WorkBuilder(title);
  }

  public WorkBuilder toBuilder() {
    return WorkBuilder.from(this);
  }
}
