package dev.cvsearch.indexer.merge;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.names.PersonNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups work items that are the same work: equal normalised titles, or titles a couple of typos
 * apart, guarded by year (at most one year apart, since a preprint often predates its venue) and by
 * authors (at least one shared family name when both list authors). Equal DOIs or arXiv ids merge
 * outright; different patent numbers never merge.
 */
public final class WorkMerger {
  private static final int TYPO_MIN_LENGTH = 25;
  private static final int MAX_BLOCK = 200;
  private static final int BLOCK_CHARS = 16;

  private final List<Group> groups = new ArrayList<>();
  private final Map<String, List<Group>> byKey = new HashMap<>();
  private final Map<String, List<Group>> byBlock = new HashMap<>();
  private final Map<String, Group> byIdentifier = new HashMap<>();
  private int merged;

  /** A set of items judged to be one work. */
  static final class Group {
    final List<Work> items = new ArrayList<>();
    final String key;
    final String digits;

    Group(String key) {
      this.key = key;
      this.digits = digits(key);
    }
  }

  public void add(Work work) {
    add(work, TitleKeys.key(work.title()));
  }

  /** Adds a work whose title key ({@link TitleKeys#key}) was computed elsewhere. */
  public void add(Work work, String key) {
    Group target = byIdentifiers(work);
    if (target == null) {
      target = find(key, work);
    }
    if (target == null) {
      target = new Group(key);
      groups.add(target);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
      for (String block : blocks(key)) {
        byBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(target);
      }
    } else {
      merged++;
    }
    target.items.add(work);
    for (var e : work.identifiers().entrySet()) {
      if (e.getKey().equals("doi") || e.getKey().equals("arxiv")) {
        byIdentifier.putIfAbsent(e.getKey() + ":" + e.getValue().toLowerCase(java.util.Locale.ROOT), target);
      }
    }
  }

  /** How many items were folded into an existing work. */
  public int mergedCount() {
    return merged;
  }

  /**
   * The merged works, in the order their first item was added. Groups are fused on all cores:
   * fusing one depends on nothing else.
   */
  public List<Work> works() {
    return groups.parallelStream().map(g -> WorkFusion.fuse(g.items, g.key)).toList();
  }

  private Group byIdentifiers(Work work) {
    for (var e : work.identifiers().entrySet()) {
      if (e.getKey().equals("doi") || e.getKey().equals("arxiv")) {
        Group g = byIdentifier.get(e.getKey() + ":" + e.getValue().toLowerCase(java.util.Locale.ROOT));
        if (g != null) {
          return g;
        }
      }
    }
    return null;
  }

  private Group find(String key, Work work) {
    for (Group g : byKey.getOrDefault(key, List.of())) {
      if (compatible(g, work)) {
        return g;
      }
    }
    if (key.length() < TYPO_MIN_LENGTH) {
      return null;
    }
    int limit = Math.max(1, key.length() / 40);
    String digits = null; // only when there is a candidate: most titles have none
    List<String> blocks = blocks(key);
    boolean firstSearched = false;
    for (int b = 0; b < blocks.size(); b++) {
      List<Group> candidates = byBlock.getOrDefault(blocks.get(b), List.of());
      if (candidates.size() > MAX_BLOCK) {
        continue; // a boilerplate prefix ("proceedings of the …"): no typo matching there
      }
      for (Group g : candidates) {
        // A group sharing the title's start was a candidate of the first block already.
        if (b == 1 && firstSearched && g.key.regionMatches(0, key, 0, BLOCK_CHARS)) {
          continue;
        }
        if (digits == null) {
          digits = digits(key);
        }
        if (g.digits.equals(digits)
            && TitleKeys.boundedDistance(g.key, key, limit) <= limit && compatible(g, work)) {
          return g;
        }
      }
      firstSearched |= b == 0;
    }
    return null;
  }

  /**
   * The digits of a key: "Volume 15, Number 1" and "Number 5" are different issues, not a typo
   * apart, so typo matching requires equal digits.
   */
  private static String digits(String key) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Typos rarely hit both ends of a title: block on its first and last characters. */
  private static List<String> blocks(String key) {
    if (key.length() < TYPO_MIN_LENGTH) {
      return List.of();
    }
    return List.of(
        "^" + key.substring(0, BLOCK_CHARS), "$" + key.substring(key.length() - BLOCK_CHARS));
  }

  private static boolean compatible(Group g, Work w) {
    for (Work other : g.items) {
      if (other.year() != null && w.year() != null && !yearsAgree(other, w)) {
        return false;
      }
      String p1 = other.identifiers().get("patent");
      String p2 = w.identifiers().get("patent");
      if (p1 != null && p2 != null && !Objects.equals(p1, p2)) {
        return false;
      }
      if (!other.authors().isEmpty() && !w.authors().isEmpty() && !shareFamilyName(other, w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Equal years agree; one year apart only when one side is dated by its listing (a preprint posted
   * the year before the venue), not when both printed a venue year (two editions of a series).
   */
  private static boolean yearsAgree(Work a, Work b) {
    int diff = Math.abs(a.year() - b.year());
    return diff == 0 || diff == 1 && (isListingDated(a) || isListingDated(b));
  }

  private static boolean isListingDated(Work w) {
    return w.venue() == null
        && (w.type() == WorkType.PREPRINT || w.type() == WorkType.OTHER
            || w.type() == WorkType.TECHNICAL_REPORT);
  }

  private static boolean shareFamilyName(Work a, Work b) {
    Set<String> names = new HashSet<>();
    for (String n : a.authors()) {
      List<String> words = PersonNames.words(n);
      if (!words.isEmpty()) {
        names.add(words.get(words.size() - 1));
      }
    }
    for (String n : b.authors()) {
      List<String> words = PersonNames.words(n);
      if (!words.isEmpty() && names.contains(words.get(words.size() - 1))) {
        return true;
      }
    }
    return false;
  }
}
