package dev.cvsearch.indexer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Position;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.schema.StoredWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns works and people into Lucene documents of the {@link Schema}.
 *
 * <p>Titles and bodies are indexed with offsets in the postings, so highlighting needs no
 * re-analysis. What a result list shows is a binary doc value, read in place ({@link
 * Fields#HIT}); stored (see {@link CvsearchCodec}): the body text snippets are cut from, and the
 * whole record for detail pages ({@link Fields#RECORD}: a work in {@link StoredWork}'s binary form,
 * without the abstract the body repeats; a person as JSON). A
 * person document carries their CV text, the titles, topics and venues of their works, so people
 * are found and narrowed by what they wrote.
 */
public final class DocumentMapper {
  /** Type values of {@link Fields#TYPE}. */
  public static final String WORK = "work";

  public static final String PERSON = "person";

  /**
   * Characters of a body kept in the stored field: highlights look no further, and a long CV
   * stored whole would be decompressed whole for every page it is on. A work's longer abstract
   * stays whole in its record.
   */
  public static final int STORED_BODY_CHARS = 10_000;

  /** Text with offsets in the postings, for highlighting; stored elsewhere or not at all. */
  static final FieldType HIGHLIGHTED = highlighted();

  private final FacetsConfig facets = Schema.facetsConfig();

  private static FieldType highlighted() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The document of a merged work. */
  public Document work(Work w) {
    Document doc = new Document();
    addHit(doc, StoredHit.of(w).encode());
    doc.add(new StringField(Fields.ID, w.id(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, WORK));
    doc.add(new Field(Fields.TITLE, w.title(), HIGHLIGHTED));
    if (notBlank(w.abstractText())) {
      addBody(doc, w.abstractText());
    } else {
      doc.add(withoutTokens(Fields.BODY, HIGHLIGHTED));
    }
    for (String author : w.authors()) {
      doc.add(new TextField(Fields.AUTHORS, author, Field.Store.NO));
    }
    if (w.authors().isEmpty()) {
      doc.add(withoutTokens(Fields.AUTHORS, TextField.TYPE_NOT_STORED));
    }
    // The venue's name and id, not the printed proceedings title: "Proceedings of the … Meeting
    // of the Association for Computational Linguistics" would make every query for "language" or
    // "computational" match every paper of the venue.
    Set<String> venueText = new LinkedHashSet<>();
    if (w.venue() != null) {
      venueText.add(w.venue().name());
      if (!w.venue().id().equals(w.venue().name().toLowerCase(java.util.Locale.ROOT))) {
        venueText.add(w.venue().id()); // "emnlp" beside "EMNLP" would only repeat it
      }
      doc.add(new SortedSetDocValuesFacetField(Fields.VENUE, w.venue().id()));
    } else if (notBlank(w.venueRaw())) {
      venueText.add(w.venueRaw());
    }
    venueText.forEach(v -> doc.add(new TextField(Fields.VENUE_TEXT, v, Field.Store.NO)));
    if (venueText.isEmpty()) {
      doc.add(withoutTokens(Fields.VENUE_TEXT, TextField.TYPE_NOT_STORED));
    }
    for (String topic : new LinkedHashSet<>(w.topics())) {
      if (notBlank(topic)) {
        doc.add(new SortedSetDocValuesFacetField(Fields.TOPIC, topic));
      }
    }
    if (w.year() != null) {
      doc.add(new IntPoint(Fields.YEAR, w.year()));
      doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(w.year())));
    }
    Integer date = sortDate(w);
    if (date != null) {
      doc.add(new IntField(Fields.DATE, date, Field.Store.NO));
    }
    doc.add(new SortedSetDocValuesFacetField(Fields.PUBTYPE, w.type().label()));
    for (String person : new LinkedHashSet<>(w.people())) {
      doc.add(new KeywordField(Fields.PEOPLE, person, Field.Store.NO));
    }
    // The abstract is stored once, as the body, unless the body keeps only its start.
    Work record =
        w.abstractText() == null || w.abstractText().length() > STORED_BODY_CHARS
            ? w
            : w.toBuilder().abstractText(null).build();
    doc.add(new StoredField(Fields.RECORD, StoredWork.encode(record)));
    return build(doc);
  }

  /**
   * The document of a merged person.
   *
   * @param works the works linked to the person
   */
  public Document person(Person p, Collection<Work> works) {
    Document doc = new Document();
    addHit(doc, StoredHit.of(p).encode());
    doc.add(new StringField(Fields.ID, p.id(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, PERSON));
    doc.add(new Field(Fields.TITLE, p.name(), HIGHLIGHTED));
    String body = notBlank(p.text()) ? p.text() : profileText(p);
    if (notBlank(body)) {
      addBody(doc, body);
    } else {
      doc.add(withoutTokens(Fields.BODY, HIGHLIGHTED));
    }
    doc.add(withoutTokens(Fields.VENUE_TEXT, TextField.TYPE_NOT_STORED));
    Set<String> names = new LinkedHashSet<>();
    names.add(p.name());
    names.addAll(p.aliases());
    names.forEach(n -> doc.add(new TextField(Fields.AUTHORS, n, Field.Store.NO)));
    Set<String> topics = new LinkedHashSet<>();
    Set<String> venues = new LinkedHashSet<>();
    for (Work w : works) {
      doc.add(new TextField(Fields.WORK_TITLES, w.title(), Field.Store.NO));
      w.topics().stream().filter(DocumentMapper::notBlank).forEach(topics::add);
      if (w.venue() != null) {
        venues.add(w.venue().id());
      }
    }
    topics.forEach(t -> doc.add(new SortedSetDocValuesFacetField(Fields.TOPIC, t)));
    venues.forEach(v -> doc.add(new SortedSetDocValuesFacetField(Fields.VENUE, v)));
    doc.add(new StoredField(Fields.RECORD, json(p)));
    return build(doc);
  }

  /**
   * An empty text field. A field without tokens still gets a norm (zero), so with one in every
   * document that lacks the text, every document has a norm and Lucene stores the field's norms
   * dense: reading one is an array access instead of a step through a sparse-set index, once per
   * scored document when searching and once per posting when a segment is written. Scores do not
   * change: BM25's document count and average length count only documents with tokens.
   *
   * @param type the field's type where it has text: a field keeps one set of index options
   */
  private static Field withoutTokens(String field, FieldType type) {
    return new Field(field, "", type);
  }

  /** The hit in the column, or stored apart when it is too long for it. */
  private static void addHit(Document doc, BytesRef hit) {
    doc.add(
        hit.length <= Fields.HIT_COLUMN_BYTES
            ? new BinaryDocValuesField(Fields.HIT, hit)
            : new StoredField(Fields.HIT_STORED, hit));
  }

  /** The body indexed whole and stored up to {@link #STORED_BODY_CHARS}. */
  private static void addBody(Document doc, String text) {
    doc.add(new Field(Fields.BODY, text, HIGHLIGHTED));
    doc.add(
        new StoredField(
            Fields.BODY,
            text.length() <= STORED_BODY_CHARS ? text : text.substring(0, STORED_BODY_CHARS)));
  }

  /** Searchable text of a person without CV text (profile pages): interests and positions. */
  private static String profileText(Person p) {
    StringBuilder sb = new StringBuilder();
    p.interests().forEach(i -> sb.append(i).append(". "));
    for (Position pos : p.positions()) {
      for (String s : new String[] {pos.title(), pos.organization(), pos.team()}) {
        if (notBlank(s)) {
          sb.append(s).append(". ");
        }
      }
    }
    return sb.toString().trim();
  }

  static Integer sortDate(Work w) {
    if (w.date() != null && w.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Integer.parseInt(w.date().replace("-", ""));
    }
    return w.year() == null ? null : w.year() * 10000;
  }

  private Document build(Document doc) {
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Object record) {
    try {
      return Json.MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + record.getClass().getSimpleName(), e);
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
