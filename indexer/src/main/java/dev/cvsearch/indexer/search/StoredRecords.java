package dev.cvsearch.indexer.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.schema.StoredWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what is kept with the documents: the compact {@link StoredHit} a result list shows (a doc
 * value; a stored field in older indexes), and the stored body text highlights are cut from and
 * full record of a detail page. One instance per request: neither {@link StoredFields} nor
 * doc-values iterators may be shared across threads.
 */
final class StoredRecords {
  /** A full stored record: exactly one of work and person is set. */
  record Stored(int doc, Work work, Person person) {
    boolean isWork() {
      return work != null;
    }

    String id() {
      return work != null ? work.id() : person.id();
    }
  }

  /**
   * A document as a hit: what the list shows and, when asked for, its body text.
   *
   * @param doc the document
   * @param hit the stored hit
   * @param body the indexed body (abstract or CV text), or null when not asked for or absent
   */
  record Hit(int doc, StoredHit hit, String body) {}

  private final IndexSearcher searcher;
  private final StoredFields fields;
  private final BinaryColumn hits;

  StoredRecords(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.fields = searcher.storedFields();
    this.hits = new BinaryColumn(searcher.getIndexReader(), Fields.HIT);
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** A document as a hit; the body too when {@code withBody}. */
  Hit hit(int doc, boolean withBody) throws IOException {
    BytesRef hit = hits.get(doc);
    if (hit != null) {
      StoredHit h = StoredHit.decode(hit);
      if (!withBody) {
        return new Hit(doc, h, null);
      }
      Visitor v = new Visitor(false, true, false);
      fields.document(doc, v);
      return new Hit(doc, h, v.body);
    }
    Visitor v = new Visitor(true, withBody, false);
    fields.document(doc, v);
    if (v.hit == null) {
      // An index written before hits were stored apart: derive it from the record.
      Stored s = load(doc);
      StoredHit h = s.isWork() ? StoredHit.of(s.work()) : StoredHit.of(s.person());
      return new Hit(doc, h, withBody ? v.body : null);
    }
    return new Hit(doc, StoredHit.decode(v.hit), v.body);
  }

  /**
   * Documents as hits with their bodies, in the order given. They are read in document order: the
   * doc-values iterators only move forward, and neighbours share a compressed chunk.
   */
  List<Hit> hits(int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Map<Integer, Hit> byDoc = new HashMap<>();
    for (int doc : sorted) {
      byDoc.put(doc, hit(doc, true));
    }
    List<Hit> out = new ArrayList<>(docs.length);
    for (int doc : docs) {
      out.add(byDoc.get(doc));
    }
    return out;
  }

  /** The full record of a document (a work with its abstract). */
  Stored load(int doc) throws IOException {
    Visitor v = new Visitor(true, true, true);
    fields.document(doc, v);
    if (v.hit == null) {
      BytesRef hit = hits.get(doc);
      v.hit = hit == null ? null : BytesRef.deepCopyOf(hit);
    }
    if (v.binaryRecord != null) {
      return new Stored(doc, withAbstract(StoredWork.decode(v.binaryRecord), v.body), null);
    }
    if (v.record == null) {
      throw new IllegalStateException("document " + doc + " has no stored record");
    }
    try {
      if (v.hit != null) {
        // The stored hit says which record it is: parse straight into it, no tree in between.
        return StoredHit.decode(v.hit).person()
            ? new Stored(doc, null, Json.MAPPER.readValue(v.record, Person.class))
            : new Stored(doc, withAbstract(Json.MAPPER.readValue(v.record, Work.class), v.body), null);
      }
      // An index from before stored hits: works have a title, people a name.
      JsonNode node = Json.MAPPER.readTree(v.record);
      if (node.hasNonNull("title")) {
        return new Stored(doc, withAbstract(Json.MAPPER.treeToValue(node, Work.class), v.body), null);
      }
      return new Stored(doc, null, Json.MAPPER.treeToValue(node, Person.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored record of document " + doc + " is not valid", e);
    }
  }

  /**
   * The abstract is stored once, as the body; a long one (the body keeps its start) and those of
   * older indexes are in the record.
   */
  private static Work withAbstract(Work w, String body) {
    return w.abstractText() != null || body == null ? w : w.toBuilder().abstractText(body).build();
  }

  /** The document with this id, if any. */
  Optional<Integer> docOf(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
  }

  /** The record with this id, if any. */
  Optional<Stored> byId(String id) throws IOException {
    Optional<Integer> doc = docOf(id);
    return doc.isEmpty() ? Optional.empty() : Optional.of(load(doc.get()));
  }

  /** Collects the hit, body and record fields, and stops once it has what it was asked for. */
  private static final class Visitor extends StoredFieldVisitor {
    private final boolean wantHit;
    private final boolean wantBody;
    private final boolean wantRecord;
    BytesRef hit;
    String body;
    /** A person's record (JSON), or a work's in indexes from before {@link StoredWork}. */
    String record;
    BytesRef binaryRecord;

    Visitor(boolean wantHit, boolean wantBody, boolean wantRecord) {
      this.wantHit = wantHit;
      this.wantBody = wantBody;
      this.wantRecord = wantRecord;
    }

    @Override
    public Status needsField(FieldInfo field) {
      boolean hasRecord = record != null || binaryRecord != null;
      if ((!wantHit || hit != null || hasRecord)
          && (!wantBody || body != null)
          && (!wantRecord || hasRecord)) {
        return Status.STOP;
      }
      return switch (field.name) {
        case Fields.HIT, Fields.HIT_STORED -> wantHit ? Status.YES : Status.NO;
        case Fields.BODY -> wantBody ? Status.YES : Status.NO;
        // Indexes from before stored hits: the record says what a hit shows.
        case Fields.RECORD -> wantRecord || wantHit && hit == null ? Status.YES : Status.NO;
        default -> Status.NO;
      };
    }

    @Override
    public void binaryField(FieldInfo field, byte[] value) {
      if (field.name.equals(Fields.HIT) || field.name.equals(Fields.HIT_STORED)) {
        hit = new BytesRef(value);
      } else if (field.name.equals(Fields.RECORD)) {
        binaryRecord = new BytesRef(value);
      }
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      if (field.name.equals(Fields.BODY)) {
        body = value;
      } else if (field.name.equals(Fields.RECORD)) {
        record = value;
      }
    }
  }
}
