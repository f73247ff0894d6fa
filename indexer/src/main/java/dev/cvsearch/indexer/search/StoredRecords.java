package dev.cvsearch.indexer.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Reads the records stored with the documents. One instance per request: {@link StoredFields} must
 * not be shared across threads.
 */
final class StoredRecords {
  /** A stored record: exactly one of work and person is set. */
  record Stored(int doc, Work work, Person person) {
    boolean isWork() {
      return work != null;
    }

    String id() {
      return work != null ? work.id() : person.id();
    }
  }

  private static final Set<String> RECORD_AND_TYPE = Set.of(Fields.RECORD, Fields.TYPE);

  private final IndexSearcher searcher;
  private final StoredFields fields;

  StoredRecords(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.fields = searcher.storedFields();
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The record of a document. */
  Stored load(int doc) throws IOException {
    Document d = fields.document(doc, RECORD_AND_TYPE);
    String json = d.get(Fields.RECORD);
    if (json == null) {
      throw new IllegalStateException("document " + doc + " has no stored record");
    }
    try {
      String type = d.get(Fields.TYPE);
      if (type != null) {
        // The stored type says which record it is: parse straight into it, no tree in between.
        return HitFactory.PERSON.equals(type)
            ? new Stored(doc, null, Json.MAPPER.readValue(json, Person.class))
            : new Stored(doc, Json.MAPPER.readValue(json, Work.class), null);
      }
      JsonNode node = Json.MAPPER.readTree(json);
      // Works have a title, people a name; the record alone says which it is.
      if (node.hasNonNull("title")) {
        return new Stored(doc, Json.MAPPER.treeToValue(node, Work.class), null);
      }
      return new Stored(doc, null, Json.MAPPER.treeToValue(node, Person.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored record of document " + doc + " is not valid", e);
    }
  }

  /** The document with this id, if any. */
  Optional<Stored> byId(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(load(top.scoreDocs[0].doc));
  }
}
