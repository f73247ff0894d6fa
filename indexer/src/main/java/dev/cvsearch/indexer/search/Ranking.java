package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The relevance knobs: BM25 parameters, per-field boosts and how the fields of one query word are
 * combined. The defaults were chosen by measurement with {@code cvsearch eval} on the SciFact train
 * split (see {@code EvalCommand}); the other values exist so that measurement can be repeated.
 *
 * <p>BM25 norms are written by {@link Similarity#computeNorm}, which does not depend on k1 or b, so
 * these parameters only matter at search time: an index built with Lucene's default similarity is
 * scored correctly with any values here.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param title boost of the title (work title, person name)
 * @param body boost of the abstract or CV text
 * @param authors boost of author names
 * @param venue boost of the venue text
 * @param workTitles boost of a person's work titles
 * @param tie how much the non-best fields of one word add (0 = best field only, 1 = sum)
 * @param allWordsUpTo queries of up to this many words require all of them; longer ones (pasted
 *     claims, abstracts) are ranked by the words they share, which finds what a strict AND misses
 */
public record Ranking(
    float k1,
    float b,
    float title,
    float body,
    float authors,
    float venue,
    float workTitles,
    float tie,
    int allWordsUpTo) {

  /** The measured defaults. */
  public static final Ranking DEFAULT = new Ranking(1.2f, 0.75f, 1.0f, 1.0f, 1.5f, 1.0f, 0.8f, 0.3f, 8);

  /** The BM25 similarity the searcher scores with. */
  public Similarity similarity() {
    return new BM25Similarity(k1, b);
  }

  /** The fields a bare word is looked up in, with their boosts, in a stable order. */
  public Map<String, Float> defaultFields() {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(Fields.TITLE, title);
    fields.put(Fields.BODY, body);
    fields.put(Fields.AUTHORS, authors);
    fields.put(Fields.VENUE_TEXT, venue);
    fields.put(Fields.WORK_TITLES, workTitles);
    return fields;
  }
}
