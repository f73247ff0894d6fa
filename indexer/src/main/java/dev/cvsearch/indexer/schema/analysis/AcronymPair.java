package dev.cvsearch.indexer.schema.analysis;

import java.util.Objects;

/**
 * An acronym and one of its long forms ("ASR", "automatic speech recognition").
 *
 * @param acronym the acronym as printed
 * @param longForm the long form, plain words
 * @param count how often the corpus printed the pair (curated pairs: 0)
 */
public record AcronymPair(String acronym, String longForm, int count) {
  public AcronymPair {
    Objects.requireNonNull(acronym, "acronym");
    Objects.requireNonNull(longForm, "longForm");
  }
}
