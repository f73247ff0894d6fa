package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.index.IndexBuilder;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline's indexing: plain Lucene 10 as a first application would write it — EnglishAnalyzer
 * on one TextField each for title, abstract and authors, sorted-set facets for venue, topic, year
 * and type, BM25 defaults, id and title stored for the hit list; no offsets, no stored record, no
 * merging, no people linking. The RAM buffer is ours ({@link IndexBuilder#RAM_BUFFER_MB} MB) so
 * flushing is not what differs.
 */
final class BaselineIndexer implements Corpus.DocSink, AutoCloseable {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String ABSTRACT = "abstract";
  static final String AUTHORS = "authors";
  static final String VENUE = "venue";
  static final String TOPIC = "topic";
  static final String YEAR = "year";
  static final String TYPE = "type";
  static final List<String> TEXT_FIELDS = List.of(TITLE, ABSTRACT, AUTHORS);

  private final FSDirectory dir;
  private final IndexWriter writer;
  private long docs;

  BaselineIndexer(Path dirPath) throws IOException {
    dir = FSDirectory.open(dirPath);
    IndexWriterConfig config =
        new IndexWriterConfig(new EnglishAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(IndexBuilder.RAM_BUFFER_MB);
    writer = new IndexWriter(dir, config);
  }

  /** The facets configuration, shared with the searcher. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(TOPIC, true);
    config.setMultiValued(VENUE, true);
    return config;
  }

  private final FacetsConfig facets = facetsConfig();

  @Override
  public void work(Work w) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, w.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, w.title(), Field.Store.YES));
    if (w.abstractText() != null) {
      doc.add(new TextField(ABSTRACT, w.abstractText(), Field.Store.NO));
    }
    doc.add(new TextField(AUTHORS, String.join(", ", w.authors()), Field.Store.NO));
    if (w.venue() != null) {
      doc.add(new SortedSetDocValuesFacetField(VENUE, w.venue().id()));
    }
    for (String t : new LinkedHashSet<>(w.topics())) {
      doc.add(new SortedSetDocValuesFacetField(TOPIC, t));
    }
    if (w.year() != null) {
      doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(w.year())));
    }
    doc.add(new SortedSetDocValuesFacetField(TYPE, "work"));
    add(doc);
  }

  @Override
  public void person(Person p, List<Work> works) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, p.name(), Field.Store.YES));
    if (p.text() != null) {
      doc.add(new TextField(ABSTRACT, p.text(), Field.Store.NO));
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(p.name());
    names.addAll(p.aliases());
    doc.add(new TextField(AUTHORS, String.join(", ", names), Field.Store.NO));
    Set<String> topics = new LinkedHashSet<>();
    Set<String> venues = new LinkedHashSet<>();
    for (Work w : works) {
      topics.addAll(w.topics());
      if (w.venue() != null) {
        venues.add(w.venue().id());
      }
    }
    topics.forEach(t -> doc.add(new SortedSetDocValuesFacetField(TOPIC, t)));
    venues.forEach(v -> doc.add(new SortedSetDocValuesFacetField(VENUE, v)));
    doc.add(new SortedSetDocValuesFacetField(TYPE, "person"));
    add(doc);
  }

  private void add(Document doc) throws IOException {
    try {
      writer.addDocument(facets.build(doc));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    docs++;
  }

  long documents() {
    return docs;
  }

  /** Commits once, like our builder, and closes. */
  void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }
}
