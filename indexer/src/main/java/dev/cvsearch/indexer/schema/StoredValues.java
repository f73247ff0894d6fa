package dev.cvsearch.indexer.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/** The value encodings the stored binary forms ({@link StoredHit}, {@link StoredWork}) share. */
final class StoredValues {
  private StoredValues() {}

  static void writeNullable(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeVInt(0);
    } else {
      out.writeVInt(1);
      out.writeString(s);
    }
  }

  static String readNullable(DataInput in) throws IOException {
    return in.readVInt() == 0 ? null : in.readString();
  }

  static void writeList(DataOutput out, List<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) {
      out.writeString(v);
    }
  }

  static List<String> readList(DataInput in) throws IOException {
    int n = in.readVInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readString());
    }
    return out;
  }

  /** A year as a non-negative number: 0 for none. */
  static void writeYear(DataOutput out, Integer year) throws IOException {
    out.writeVInt(year == null ? 0 : year + 1);
  }

  static Integer readYear(DataInput in) throws IOException {
    int year = in.readVInt();
    return year == 0 ? null : year - 1;
  }
}
