package dev.cvsearch.indexer.merge;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.names.PersonNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable, readable work ids: a slug of the title plus a short hash of the normalised title, year and
 * first author's family name, so the same work gets the same id on every reindex and two different
 * works with one title do not collide.
 */
public final class WorkIds {
  private WorkIds() {}

  public static String id(Work w) {
    return id(w, TitleKeys.key(w.title()));
  }

  /** The id of a work whose title key ({@link TitleKeys#key} of its title) is known. */
  static String id(Work w, String titleKey) {
    String first = "";
    if (!w.authors().isEmpty()) {
      List<String> words = PersonNames.words(w.authors().get(0));
      first = words.isEmpty() ? "" : words.get(words.size() - 1);
    }
    String patent = w.identifiers().getOrDefault("patent", "");
    String basis = titleKey + "|" + w.year() + "|" + first + "|" + patent;
    String slug = TitleKeys.slugOfKey(titleKey, 48);
    return (slug.isEmpty() ? "work" : slug) + "-" + shortHash(basis);
  }

  static String shortHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
