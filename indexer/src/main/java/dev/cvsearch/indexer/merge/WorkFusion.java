package dev.cvsearch.indexer.merge;

import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuses the items of one work field by field, each from the source that knows it best: venue, year
 * and type from a source that printed a venue (a CV or BibTeX entry), authors from the fullest list,
 * abstract, topics and date from profiles or arXiv, every source kept.
 */
final class WorkFusion {
  private WorkFusion() {}

  /**
   * The work of a group.
   *
   * @param key the title key of the first item (the id of a single item reuses it)
   */
  static Work fuse(List<Work> items, String key) {
    if (items.size() == 1) {
      Work w = items.get(0);
      return w.toBuilder().id(WorkIds.id(w, key)).build();
    }
    Work best = items.stream().max(Comparator.comparingInt(WorkFusion::authority)).orElseThrow();
    Work fullestAuthors =
        items.stream()
            .max(Comparator.comparing((Work w) -> w.authorsComplete())
                .thenComparingInt(w -> w.authors().size()))
            .orElseThrow();
    Set<String> variants = new LinkedHashSet<>();
    List<Source> sources = new ArrayList<>();
    Set<String> topics = new LinkedHashSet<>();
    Map<String, String> identifiers = new LinkedHashMap<>();
    String abstractText = null;
    String date = null;
    Integer year = best.year();
    WorkType type = best.type();
    for (Work w : items) {
      if (!w.title().equals(best.title())) {
        variants.add(w.title());
      }
      variants.addAll(w.titleVariants());
      sources.addAll(w.sources());
      topics.addAll(w.topics());
      w.identifiers().forEach(identifiers::putIfAbsent);
      if (w.abstractText() != null
          && (abstractText == null || w.abstractText().length() > abstractText.length())) {
        abstractText = w.abstractText();
      }
      date = date == null ? w.date() : date;
      year = year == null ? w.year() : year;
      if (typeRank(w.type()) > typeRank(type)) {
        type = w.type();
      }
    }
    variants.remove(best.title());
    var builder = best.toBuilder();
    identifiers.forEach(builder::identifier);
    Work fused =
        builder
            .titleVariants(List.copyOf(variants))
            .authors(fullestAuthors.authors())
            .authorsComplete(fullestAuthors.authorsComplete())
            .year(year)
            .date(date)
            .type(type)
            .topics(List.copyOf(topics))
            .abstractText(abstractText)
            .sources(sources)
            .build();
    return fused.toBuilder().id(WorkIds.id(fused)).build();
  }

  /** How much a source knows about venue and type: a printed venue beats none, CV ids beat neither. */
  private static int authority(Work w) {
    int score = 0;
    if (w.venue() != null) {
      score += 4;
    }
    if (w.type() != WorkType.PREPRINT && w.type() != WorkType.OTHER) {
      score += 2;
    }
    if (!w.sources().isEmpty() && w.sources().get(0).section() != null) {
      score += 1;
    }
    return score;
  }

  /** More specific types win when sources disagree and the best source is silent. */
  private static int typeRank(WorkType t) {
    return switch (t) {
      case OTHER -> 0;
      case PREPRINT -> 1;
      case IN_SUBMISSION -> 2;
      case TECHNICAL_REPORT -> 3;
      default -> 4;
    };
  }
}
