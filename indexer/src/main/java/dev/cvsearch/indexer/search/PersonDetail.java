package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.model.Person;
import java.util.List;

/**
 * A person page: profile, their works newest first, and summaries by topic and year.
 *
 * @param person the merged person (CV text not included)
 * @param works their works
 * @param topics topic summary, most frequent first
 * @param years works per year, ascending
 */
public record PersonDetail(
    Person person, List<SearchHit> works, List<FacetValue> topics, List<FacetValue> years) {}
