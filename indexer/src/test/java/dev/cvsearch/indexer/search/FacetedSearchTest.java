package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass counts of {@link FacetedSearch} against counting by hand, on an index of random
 * documents in several segments: some with more values than a document's slot holds, a few with
 * two venues where most have one.
 */
class FacetedSearchTest {
  private static final FacetsConfig CONFIG = Schema.facetsConfig();
  private static final List<String> VENUES = List.of("acl", "emnlp", "naacl", "coling");
  private static final List<String> TOPICS =
      List.of("cs.CL", "cs.LG", "cs.AI", "cs.IR", "cs.CV", "cs.SD", "eess.AS", "stat.ML", "cs.NE");

  /** A document as the test knows it: its words and its values per dimension. */
  private record Doc(String word, Map<String, Set<String>> values) {}

  @TempDir static Path dir;
  private static final List<Doc> docs = new ArrayList<>();
  private static FSDirectory directory;
  private static DirectoryReader reader;
  private static FacetOrdinals ordinals;

  @BeforeAll
  static void index() throws IOException {
    Random rnd = new Random(7);
    directory = FSDirectory.open(dir);
    IndexWriterConfig iwc = new IndexWriterConfig(new WhitespaceAnalyzer());
    iwc.setMaxBufferedDocs(97); // several segments, so global ordinals differ from a segment's
    try (IndexWriter w = new IndexWriter(directory, iwc)) {
      for (int i = 0; i < 600; i++) {
        Map<String, Set<String>> values = new HashMap<>();
        values.put(Fields.TYPE, Set.of(rnd.nextInt(5) == 0 ? "person" : "work"));
        values.put(Fields.YEAR, Set.of(String.valueOf(2015 + rnd.nextInt(10))));
        if (i % 70 == 0) {
          // A person with works in two venues, among works in one: the venue column sends
          // them to their slots.
          values.put(Fields.VENUE, Set.of(VENUES.get(0), VENUES.get(1 + rnd.nextInt(3))));
        } else if (rnd.nextBoolean()) {
          values.put(Fields.VENUE, Set.of(VENUES.get(rnd.nextInt(VENUES.size()))));
        }
        // Now and then every topic: more values than fit in a slot.
        int topics = i % 50 == 0 ? TOPICS.size() : rnd.nextInt(4);
        Set<String> ts = new LinkedHashSet<>();
        for (int t = 0; t < topics; t++) {
          ts.add(topics == TOPICS.size() ? TOPICS.get(t) : TOPICS.get(rnd.nextInt(TOPICS.size())));
        }
        if (i % 150 == 7) {
          ts.add("q-bio.NC"); // a topic of a few documents: counted from its list, not a bit set
        }
        if (!ts.isEmpty()) {
          values.put(Fields.TOPIC, ts);
        }
        Doc d = new Doc(rnd.nextInt(3) == 0 ? "rare" : "common", values);
        docs.add(d);
        Document doc = new Document();
        doc.add(new StringField("word", d.word(), Field.Store.NO));
        values.forEach(
            (dim, vs) -> vs.forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v))));
        w.addDocument(CONFIG.build(doc));
      }
    }
    reader = DirectoryReader.open(directory);
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    ordinals = FacetOrdinals.load(reader, CONFIG, Fields.TYPE).orElseThrow();
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void without_filters_every_match_is_a_hit_and_counts_in_every_dimension() throws IOException {
    check(new TermQuery(new Term("word", "rare")), request(List.of(), List.of(), List.of()));
    check(new MatchAllDocsQuery(), request(List.of(), List.of(), List.of()));
  }

  @Test
  void a_filter_counts_its_own_dimension_sideways_and_the_others_over_the_hits() throws IOException {
    // Venues and years are counted sideways from their columns, topics from the slots.
    assertThat(ordinals.hasColumn(Fields.VENUE)).isTrue();
    assertThat(ordinals.hasColumn(Fields.YEAR)).isTrue();
    assertThat(ordinals.hasColumn(Fields.TOPIC)).isFalse();
    check(new MatchAllDocsQuery(), request(List.of("acl", "naacl"), List.of(), List.of()));
    check(new TermQuery(new Term("word", "rare")), request(List.of("emnlp"), List.of(), List.of()));
    check(new TermQuery(new Term("word", "rare")), request(List.of(), List.of(), List.of(2016)));
    check(new TermQuery(new Term("word", "common")), request(List.of(), List.of("cs.SD"), List.of()));
  }

  @Test
  void many_sideways_matches_of_a_dimension_without_a_column_count_from_a_bit_set()
      throws IOException {
    assertThat(ordinals.countsFromBits(ordinals.dim(Fields.TOPIC))).isTrue();
    // From the first sideways match of a segment on, from its third, and never.
    for (int many : new int[] {1, 3, Integer.MAX_VALUE}) {
      check(new MatchAllDocsQuery(), request(List.of(), List.of("cs.SD"), List.of()), many);
      check(
          new TermQuery(new Term("word", "common")),
          request(List.of(), List.of("q-bio.NC", "cs.IR"), List.of()),
          many);
      check(
          new TermQuery(new Term("word", "common")),
          request(List.of("emnlp"), List.of("cs.CL"), List.of(2018, 2019)),
          many);
    }
  }

  @Test
  void several_filters_each_count_sideways_over_the_documents_failing_only_them()
      throws IOException {
    check(
        new TermQuery(new Term("word", "common")),
        request(List.of("emnlp"), List.of("cs.CL", "stat.ML"), List.of(2018, 2019, 2020)));
  }

  private static SearchRequest request(List<String> venues, List<String> topics, List<Integer> years) {
    return new SearchRequest(
        "", null, venues, topics, years, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 10);
  }

  /**
   * Runs the query in one pass over every segment, and split into slices that cut segments, and
   * compares total, hits and every count with counting by hand.
   */
  private static void check(Query query, SearchRequest r) throws IOException {
    check(query, r, 0);
  }

  private static void check(Query query, SearchRequest r, int manySideways) throws IOException {
    check(new IndexSearcher(reader), query, r, manySideways);
    check(new SplitSearcher(reader, 3, 0), query, r, manySideways);
  }

  private static void check(IndexSearcher searcher, Query query, SearchRequest r, int manySideways)
      throws IOException {
    FacetedSearch.Result result =
        FacetedSearch.search(
            searcher,
            ordinals,
            FacetSelection.of(ordinals, r, true),
            query,
            new TopScoreDocCollectorManager(1000, null, Integer.MAX_VALUE),
            manySideways);
    Map<String, Set<String>> selected = new HashMap<>();
    if (!r.venues().isEmpty()) {
      selected.put(Fields.VENUE, Set.copyOf(r.venues()));
    }
    if (!r.topics().isEmpty()) {
      selected.put(Fields.TOPIC, Set.copyOf(r.topics()));
    }
    if (!r.years().isEmpty()) {
      selected.put(Fields.YEAR, Set.copyOf(r.years().stream().map(String::valueOf).toList()));
    }
    Map<String, Integer> expected = new HashMap<>();
    int hits = 0;
    for (Doc d : docs) {
      if (query instanceof TermQuery tq && !tq.getTerm().text().equals(d.word())) {
        continue;
      }
      List<String> failed =
          selected.keySet().stream()
              .filter(dim -> d.values().getOrDefault(dim, Set.of()).stream()
                  .noneMatch(selected.get(dim)::contains))
              .toList();
      if (failed.isEmpty()) {
        hits++;
      }
      for (Map.Entry<String, Set<String>> e : d.values().entrySet()) {
        // A dimension counts the documents that pass every other dimension's filter.
        if (failed.isEmpty() || failed.equals(List.of(e.getKey()))) {
          e.getValue().forEach(v -> expected.merge(e.getKey() + "/" + v, 1, Integer::sum));
        }
      }
    }
    Map<String, Integer> actual = new HashMap<>();
    for (String dim : List.of(Fields.TYPE, Fields.YEAR, Fields.VENUE, Fields.TOPIC)) {
      for (FacetOrdinals.Count c : ordinals.top(dim, 100, result.counts())) {
        actual.put(dim + "/" + c.value(), c.count());
      }
    }
    assertThat(result.total()).isEqualTo(hits);
    assertThat(result.top().scoreDocs).hasSize(hits);
    assertThat(Arrays.stream(result.top().scoreDocs).map(sd -> sd.doc).distinct()).hasSize(hits);
    assertThat(actual).isEqualTo(expected);
  }
}
