package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.model.Work;
import java.util.List;

/** A work page: the merged record with every source, and the known people linked to it. */
public record WorkDetail(Work work, List<String> topicNames, List<SearchHit.Ref> people) {}
