package dev.cvsearch.indexer.schema.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** The English stemmers the text chain can use; the index and its queries must use the same. */
public enum Stemmer {
  /** Porter: aggressive, the classic BM25 baseline (Anserini's default). */
  PORTER,
  /** Krovetz: dictionary-backed and lighter; keeps "university" apart from "universe". */
  KSTEM,
  /** No stemming, for measurements. */
  NONE;

  TokenStream wrap(TokenStream in) {
    return switch (this) {
      case PORTER -> new PorterStemFilter(in);
      case KSTEM -> new KStemFilter(in);
      case NONE -> in;
    };
  }

  /** Parses "porter" / "kstem" / "none" (any case). */
  public static Stemmer parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
