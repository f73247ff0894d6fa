package dev.cvsearch.indexer.schema;

import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkBuilder;
import dev.cvsearch.indexer.model.WorkType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;

/**
 * A work's whole record as stored for its detail page ({@link Fields#RECORD}), in a compact binary
 * form: writing every record as JSON with Jackson, and storing and compressing the JSON, was a
 * fifth of the CPU of indexing. People's records stay JSON (there are few).
 *
 * <p>Every field of {@link Work} is written, in declaration order; a change to the record needs a
 * new {@link #VERSION}.
 */
public final class StoredWork {
  private static final byte VERSION = 1;

  private StoredWork() {}

  /** The stored bytes of a work. */
  public static BytesRef encode(Work w) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      out.writeString(w.id() == null ? "" : w.id());
      out.writeString(w.title());
      StoredValues.writeList(out, w.titleVariants());
      StoredValues.writeList(out, w.authors());
      out.writeByte((byte) (w.authorsComplete() ? 1 : 0));
      if (w.venue() == null) {
        out.writeByte((byte) 0);
      } else {
        out.writeByte((byte) 1);
        out.writeString(w.venue().id());
        out.writeString(w.venue().name());
        out.writeVInt(w.venue().kind().ordinal());
      }
      StoredValues.writeNullable(out, w.venueRaw());
      StoredValues.writeYear(out, w.year());
      StoredValues.writeNullable(out, w.date());
      out.writeVInt(w.type().ordinal());
      StoredValues.writeList(out, w.topics());
      StoredValues.writeNullable(out, w.abstractText());
      // Sorted: the record's map has no order of its own, and stored bytes should not vary.
      Map<String, String> ids = new TreeMap<>(w.identifiers());
      out.writeVInt(ids.size());
      for (Map.Entry<String, String> e : ids.entrySet()) {
        out.writeString(e.getKey());
        out.writeString(e.getValue());
      }
      out.writeVInt(w.sources().size());
      for (Source s : w.sources()) {
        out.writeString(s.file());
        StoredValues.writeNullable(out, s.localId());
        out.writeZInt(s.position());
        StoredValues.writeNullable(out, s.section());
      }
      StoredValues.writeList(out, w.people());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * Decodes stored bytes.
   *
   * @throws IllegalArgumentException when the bytes are not a stored work of this version
   */
  public static Work decode(BytesRef bytes) {
    try {
      return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a stored work: " + e.getMessage(), e);
    }
  }

  private static Work read(DataInput in) throws IOException {
    byte version = in.readByte();
    if (version != VERSION) {
      throw new IllegalArgumentException("format " + version + ", expected " + VERSION);
    }
    String id = in.readString();
    WorkBuilder b = Work.builder("");
    b.id(id.isEmpty() ? null : id);
    b.title(in.readString());
    b.titleVariants(StoredValues.readList(in));
    b.authors(StoredValues.readList(in));
    b.authorsComplete(in.readByte() == 1);
    if (in.readByte() == 1) {
      String venueId = in.readString();
      String venueName = in.readString();
      b.venue(new Venue(venueId, venueName, VenueKind.values()[in.readVInt()]));
    }
    b.venueRaw(StoredValues.readNullable(in));
    b.year(StoredValues.readYear(in));
    b.date(StoredValues.readNullable(in));
    b.type(WorkType.values()[in.readVInt()]);
    b.topics(StoredValues.readList(in));
    b.abstractText(StoredValues.readNullable(in));
    int ids = in.readVInt();
    for (int i = 0; i < ids; i++) {
      String scheme = in.readString();
      b.identifier(scheme, in.readString());
    }
    int sources = in.readVInt();
    List<Source> list = new ArrayList<>(sources);
    for (int i = 0; i < sources; i++) {
      String file = in.readString();
      String localId = StoredValues.readNullable(in);
      int position = in.readZInt();
      list.add(new Source(file, localId, position, StoredValues.readNullable(in)));
    }
    b.sources(list);
    b.people(StoredValues.readList(in));
    return b.build();
  }




}
