package dev.cvsearch.indexer.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One result: a work or a person.
 *
 * @param id record id
 * @param type "work" or "person"
 * @param title work title (works; null for people)
 * @param name person name (people; null for works)
 * @param venue venue {id, name} (works), or null
 * @param year year (works), or null
 * @param topics arXiv category ids
 * @param topicNames their names, same order
 * @param authors author names as printed (works)
 * @param people linked known people {id, name} (works), so pages can link authors
 * @param pubType publication type label (works), or null
 * @param highlights field → snippets, HTML-escaped with only {@code <mark>} added
 * @param score relevance score (null when sorted by date)
 * @param position current position (people), or null
 * @param organization current organisation (people), or null
 * @param evidence the matching works that put a person in the results (people), best first
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchHit(
    String id,
    String type,
    String title,
    String name,
    Ref venue,
    Integer year,
    List<String> topics,
    List<String> topicNames,
    List<String> authors,
    List<Ref> people,
    String pubType,
    Map<String, List<String>> highlights,
    Float score,
    String position,
    String organization,
    List<Evidence> evidence) {

  /** An {id, name} reference to a venue or person. */
  public record Ref(String id, String name) {}

  /** A work that matched the query and links to a person in the results. */
  public record Evidence(String id, String title, Integer year, String venue) {}
}
