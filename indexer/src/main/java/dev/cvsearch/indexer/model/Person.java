package dev.cvsearch.indexer.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * A researcher, from a CV, a profile page or a JSON Resume; the merger folds the records of one person
 * into one.
 *
 * @param id stable id from the normalised name ("kai-zhen")
 * @param name display name
 * @param aliases other printed forms of the name
 * @param emails e-mail addresses
 * @param homepage homepage URL, or null
 * @param currentPosition current job title, or null
 * @param currentOrganization current employer, or null
 * @param location current location, or null
 * @param positions employment and research positions, most recent first as printed
 * @param education degrees
 * @param interests research interests as printed
 * @param profile profile-page statistics, or null
 * @param sources files the person was read from
 * @param text the searchable CV text (no contact lines), or null; not serialised, since CVs are
 *     personal data and the text is only for the index
 */
public record Person(
    String id,
    String name,
    List<String> aliases,
    List<String> emails,
    String homepage,
    String currentPosition,
    String currentOrganization,
    String location,
    List<Position> positions,
    List<Education> education,
    List<String> interests,
    ProfileStats profile,
    List<String> sources,
    @JsonIgnore String text) {

  public Person {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    emails = List.copyOf(emails == null ? List.of() : emails);
    positions = List.copyOf(positions == null ? List.of() : positions);
    education = List.copyOf(education == null ? List.of() : education);
    interests = List.copyOf(interests == null ? List.of() : interests);
    sources = List.copyOf(sources == null ? List.of() : sources);
  }
}
