package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.search.SearchHit.Evidence;
import dev.cvsearch.indexer.search.SearchHit.Ref;
import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
      StoredHit s, Float score, Map<String, List<String>> highlights, List<Evidence> evidence) {
    Map<String, List<String>> h = highlights == null ? Map.of() : highlights;
    if (!s.person()) {
      return new SearchHit(
          s.id(),
          WORK,
          s.title(),
          null,
          s.venueId() == null ? null : new Ref(s.venueId(), s.venueName()),
          s.year(),
          s.topics(),
          topicNames(s.topics()),
          s.authors(),
          people(s.people()),
          s.pubType(),
          h,
          score,
          null,
          null,
          null);
    }
    return new SearchHit(
        s.id(),
        PERSON,
        null,
        s.title(),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        h,
        score,
        s.position(),
        s.organization(),
        evidence == null ? List.of() : evidence);
  }

  /** The evidence entry of a work. */
  static Evidence evidence(StoredHit w) {
    return new Evidence(w.id(), w.title(), w.year(), w.venueName());
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
      Optional<Integer> doc = records.docOf(id);
      if (doc.isEmpty()) {
        return id;
      }
      StoredHit h = records.hit(doc.get(), false).hit();
      return h.person() ? h.title() : id;
    } catch (IOException e) {
      throw new UncheckedIOException("looking up person " + id, e);
    }
  }
}
