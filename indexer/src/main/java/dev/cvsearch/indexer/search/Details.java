package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.search.StoredRecords.Stored;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Work pages, person pages and index statistics, read from the stored records. */
final class Details {
  /** Most works shown on a person page. */
  private static final int MAX_WORKS = 2000;

  private Details() {}

  static Optional<WorkDetail> work(StoredRecords records, HitFactory hits, String id)
      throws IOException {
    Optional<Stored> s = records.byId(id).filter(Stored::isWork);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Work w = s.get().work();
    return Optional.of(new WorkDetail(w, hits.topicNames(w.topics()), hits.people(w.people())));
  }

  static Optional<PersonDetail> person(StoredRecords records, HitFactory hits, String id)
      throws IOException {
    Optional<Stored> s = records.byId(id).filter(st -> !st.isWork());
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Person p = s.get().person();
    TopDocs top =
        records
            .searcher()
            .search(
                ExpertFinder.and(
                    new TermQuery(new Term(Fields.PEOPLE, id)),
                    ExpertFinder.typeQuery(HitFactory.WORK)),
                MAX_WORKS);
    List<Work> works = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Stored st = records.load(sd.doc);
      if (st.isWork()) {
        works.add(st.work());
      }
    }
    // Newest first by year, then by date within a year; undated works last.
    works.sort(
        Comparator.comparing((Work w) -> w.year() == null ? Integer.MIN_VALUE : w.year())
            .thenComparing(w -> w.date() == null ? "" : w.date())
            .reversed()
            .thenComparing(Work::title));
    Map<String, Long> topics = new LinkedHashMap<>();
    Map<Integer, Long> years = new TreeMap<>();
    List<SearchHit> list = new ArrayList<>();
    for (Work w : works) {
      w.topics().forEach(t -> topics.merge(t, 1L, Long::sum));
      if (w.year() != null) {
        years.merge(w.year(), 1L, Long::sum);
      }
      list.add(hits.hit(StoredHit.of(w), null, Map.of(), null));
    }
    List<FacetValue> topicValues =
        topics.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(
                e ->
                    new FacetValue(
                        e.getKey(), hits.topicNames(List.of(e.getKey())).getFirst(), e.getValue(), false))
            .toList();
    List<FacetValue> yearValues =
        years.entrySet().stream()
            .map(e -> new FacetValue(e.getKey().toString(), e.getKey().toString(), e.getValue(), false))
            .toList();
    return Optional.of(new PersonDetail(p, list, topicValues, yearValues));
  }

  /** The format of a source file, from its name, for the per-format counts. */
  static String format(Source source) {
    String name = source.file().toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "text" : name.substring(dot + 1);
  }

  /** Bytes on disk of a generation directory. */
  static long sizeOnDisk(Path dir) throws IOException {
    long size = 0;
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          size += Files.size(f);
        }
      }
    }
    return size;
  }

  /** Works per source format, counted over the stored records once per call. */
  static Map<String, Long> bySourceFormat(StoredRecords records) throws IOException {
    TopDocs all =
        records.searcher().search(ExpertFinder.typeQuery(HitFactory.WORK), Integer.MAX_VALUE);
    Map<String, Long> counts = new TreeMap<>();
    for (ScoreDoc sd : all.scoreDocs) {
      Work w = records.load(sd.doc).work();
      Set<String> formats = new HashSet<>();
      for (Source src : w == null ? List.<Source>of() : w.sources()) {
        formats.add(format(src));
      }
      formats.forEach(f -> counts.merge(f, 1L, Long::sum));
    }
    return counts;
  }
}
