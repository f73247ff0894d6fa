package dev.cvsearch.indexer.schema;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a result list shows of a document, a doc value beside the stored full record ({@link
 * Fields#HIT}) in a compact binary form: a page of hits reads and decodes these few hundred bytes
 * instead of parsing each record's whole JSON (sources, identifiers, title variants) with Jackson.
 *
 * @param person whether the document is a person (else a work)
 * @param id record id
 * @param title work title or person name
 * @param venueId venue id (works), or null
 * @param venueName venue display name (works), or null
 * @param year year (works), or null
 * @param topics arXiv category ids (works)
 * @param authors author names as printed (works)
 * @param people linked person ids (works)
 * @param pubType publication type label (works), or null
 * @param position current position (people), or null
 * @param organization current organisation (people), or null
 */
public record StoredHit(
    boolean person,
    String id,
    String title,
    String venueId,
    String venueName,
    Integer year,
    List<String> topics,
    List<String> authors,
    List<String> people,
    String pubType,
    String position,
    String organization) {

  /** Format version, the first byte: a change of layout must change it. */
  private static final byte VERSION = 1;

  public StoredHit {
    topics = List.copyOf(topics);
    authors = List.copyOf(authors);
    people = List.copyOf(people);
  }

  public static StoredHit of(Work w) {
    return new StoredHit(
        false,
        w.id(),
        w.title(),
        w.venue() == null ? null : w.venue().id(),
        w.venue() == null ? null : w.venue().name(),
        w.year(),
        w.topics(),
        w.authors(),
        w.people(),
        w.type().label(),
        null,
        null);
  }

  public static StoredHit of(Person p) {
    return new StoredHit(
        true,
        p.id(),
        p.name(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        p.currentPosition(),
        p.currentOrganization());
  }

  /** The stored bytes. */
  public BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      out.writeByte((byte) (person ? 1 : 0));
      out.writeString(id);
      out.writeString(title);
      StoredValues.writeNullable(out, venueId);
      StoredValues.writeNullable(out, venueName);
      StoredValues.writeYear(out, year);
      StoredValues.writeList(out, topics);
      StoredValues.writeList(out, authors);
      StoredValues.writeList(out, people);
      StoredValues.writeNullable(out, pubType);
      StoredValues.writeNullable(out, position);
      StoredValues.writeNullable(out, organization);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * Decodes stored bytes.
   *
   * @throws IllegalArgumentException when the bytes are not a stored hit of this version
   */
  public static StoredHit decode(BytesRef bytes) {
    try {
      return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a stored hit: " + e.getMessage(), e);
    }
  }

  private static StoredHit read(ByteArrayDataInput in) throws IOException {
    byte version = in.readByte();
    if (version != VERSION) {
      throw new IllegalArgumentException("stored hit of format " + version + ", expected " + VERSION);
    }
    boolean person = in.readByte() == 1;
    String id = in.readString();
    String title = in.readString();
    String venueId = StoredValues.readNullable(in);
    String venueName = StoredValues.readNullable(in);
    Integer year = StoredValues.readYear(in);
    List<String> topics = StoredValues.readList(in);
    List<String> authors = StoredValues.readList(in);
    List<String> people = StoredValues.readList(in);
    return new StoredHit(
        person,
        id,
        title,
        venueId,
        venueName,
        year,
        topics,
        authors,
        people,
        StoredValues.readNullable(in),
        StoredValues.readNullable(in),
        StoredValues.readNullable(in));
  }




}
