package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.search.SearchHit.Evidence;
import dev.cvsearch.indexer.search.SearchHit.Ref;
import dev.cvsearch.indexer.search.StoredRecords.Stored;
import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns stored records into {@link SearchHit}s, with names of linked people and topics. */
final class HitFactory {
  static final String WORK = "work";
  static final String PERSON = "person";

  private final StoredRecords records;
  private final ReaderLabels labels;
  private final ArxivTaxonomy taxonomy = ArxivTaxonomy.standard();

  HitFactory(StoredRecords records, ReaderLabels labels) {
    this.records = records;
    this.labels = labels;
  }

  SearchHit hit(
      Stored s, Float score, Map<String, List<String>> highlights, List<Evidence> evidence) {
    Map<String, List<String>> h = highlights == null ? Map.of() : highlights;
    if (s.isWork()) {
      Work w = s.work();
      return new SearchHit(
          w.id(),
          WORK,
          w.title(),
          null,
          w.venue() == null ? null : new Ref(w.venue().id(), w.venue().name()),
          w.year(),
          w.topics(),
          topicNames(w.topics()),
          w.authors(),
          people(w.people()),
          w.type().label(),
          h,
          score,
          null,
          null,
          null);
    }
    Person p = s.person();
    return new SearchHit(
        p.id(),
        PERSON,
        null,
        p.name(),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        h,
        score,
        p.currentPosition(),
        p.currentOrganization(),
        evidence == null ? List.of() : evidence);
  }

  /** The evidence entry of a work. */
  static Evidence evidence(Work w) {
    return new Evidence(w.id(), w.title(), w.year(), w.venue() == null ? null : w.venue().name());
  }

  List<String> topicNames(List<String> topics) {
    List<String> names = new ArrayList<>(topics.size());
    for (String t : topics) {
      names.add(taxonomy.name(t).orElse(t));
    }
    return names;
  }

  /** {id, name} of linked people; a person without a document of their own shows their id. */
  List<Ref> people(List<String> ids) {
    List<Ref> refs = new ArrayList<>(ids.size());
    for (String id : ids) {
      refs.add(new Ref(id, labels.personName(id, this::lookupPersonName)));
    }
    return refs;
  }

  private String lookupPersonName(String id) {
    try {
      return records
          .byId(id)
          .filter(s -> !s.isWork())
          .map(s -> s.person().name())
          .orElse(id);
    } catch (IOException e) {
      throw new UncheckedIOException("looking up person " + id, e);
    }
  }
}
