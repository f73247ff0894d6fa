package dev.cvsearch.indexer.schema;

import java.util.List;

/**
 * Field and facet-dimension names of the index. Nothing else in the codebase spells them.
 *
 * <p>Works and people are both documents; {@link #TYPE} tells them apart.
 */
public final class Fields {
  /** StringField: the record id (look-ups by id; the hit also stores it). */
  public static final String ID = "id";

  /** Facet dimension: "work" | "person" (documents of a type: {@link Schema#typeTerm}). */
  public static final String TYPE = "type";

  /** TextField, offsets: work title or person name. Highlighted (the text is in {@link #HIT}). */
  public static final String TITLE = "title";

  /**
   * TextField, offsets: abstract (works) or CV text (people), stored up to 10,000 characters.
   * Highlighted.
   */
  public static final String BODY = "body";

  /** TextField: author names (works) or name + aliases (people). */
  public static final String AUTHORS = "authors";

  /**
   * TextField: venue display name and id (the printed venue only when it was not recognised), for
   * "venue:" queries and words that name a venue.
   */
  public static final String VENUE_TEXT = "venuetext";

  /** TextField (people): titles of the person's works, so a person is found by their work. */
  public static final String WORK_TITLES = "worktitles";

  /** Facet dimension: venue id (label from the stored venue name). */
  public static final String VENUE = "venue";

  /** Facet dimension, multi-valued: arXiv category id. */
  public static final String TOPIC = "topic";

  /** Facet dimension + IntPoint (the "year:" range): year. */
  public static final String YEAR = "year";

  /**
   * IntField (points + doc values), works only: yyyyMMdd of the date, else year·10000; the
   * "newest" sort key (finer than the year for dated listings, the year for the others).
   */
  public static final String DATE = "date";

  /** Facet dimension: publication type label ("conference", "journal", …). */
  public static final String PUBTYPE = "pubtype";

  /** Every facet dimension, in the order a response lists them. */
  public static final List<String> FACET_DIMS = List.of(TYPE, VENUE, TOPIC, YEAR, PUBTYPE);

  /** Keyword, multi-valued: linked person ids (works) — "works of person X". */
  public static final String PEOPLE = "people";

  /**
   * StoredField: the whole record, for detail pages: a work in {@link StoredWork}'s binary form, a
   * person as JSON. A work's abstract is not in it: it is the stored {@link #BODY}, kept once.
   */
  public static final String RECORD = "record";

  /**
   * BinaryDocValues: what a hit shows, compact ({@link StoredHit}); also read for every work a
   * listed person shows. (A stored field in older indexes, which are still read.)
   */
  public static final String HIT = "hit";

  /**
   * Stored, binary: the {@link #HIT} of a document whose hit is longer than {@link
   * #HIT_COLUMN_BYTES} (a work with hundreds of authors), which then has no {@link #HIT} value.
   */
  public static final String HIT_STORED = "hit_stored";

  /**
   * The longest hit kept in the {@link #HIT} column. Lucene gives every reader of a binary
   * doc-values field a buffer as long as the field's longest value, and a search opens one per
   * segment it reads hits from: a handful of 45 KB hits among 1M of 228 bytes on average made
   * that buffer an eighth of the memory a search allocated.
   */
  public static final int HIT_COLUMN_BYTES = 4_096;


  private Fields() {}
}
