package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.schema.Schema;
import dev.cvsearch.indexer.schema.analysis.AcronymMiner;
import dev.cvsearch.indexer.schema.analysis.AcronymPair;
import dev.cvsearch.indexer.schema.analysis.AcronymSynonyms;
import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the records of an extraction into a generation directory: the Lucene index (one commit)
 * and its side files — {@code labels.json} ({@link IndexLabels}), {@code synonyms.tsv} (mined
 * acronyms, {@link AcronymSynonyms}) and {@code generation.json} ({@link GenerationInfo}). The side
 * files are written and fsynced before the commit, so a committed generation always has them.
 */
final class GenerationWriter {
  private static final int TOP_VENUES = 20;

  private final ProgressMeter meter;
  private final Reindexer.Directories directories;

  GenerationWriter(ProgressMeter meter, Reindexer.Directories directories) {
    this.meter = meter;
    this.directories = directories;
  }

  /** What was written. */
  record Built(long documents, int minedAcronyms) {}

  Built write(IndexLayout.Generation gen, Extraction x) throws IOException {
    DocumentMapper mapper = new DocumentMapper();
    Map<String, List<Work>> worksOf = new HashMap<>();
    for (Work w : x.works()) {
      w.people().forEach(id -> worksOf.computeIfAbsent(id, k -> new ArrayList<>()).add(w));
    }
    meter.indexing(x.works().size() + x.people().size());
    AcronymMiner miner = new AcronymMiner();
    try (IndexBuilder builder = new IndexBuilder(directories.open(gen.dir()))) {
      int half = x.works().size() / 2;
      for (Work w : x.works()) {
        if (builder.documents() == half) {
          PausePoints.reached("indexing");
        }
        builder.add(w.id(), mapper.work(w));
        miner.add(w.title());
        miner.add(w.abstractText());
        meter.document();
      }
      for (Person p : x.people()) {
        builder.add(p.id(), mapper.person(p, worksOf.getOrDefault(p.id(), List.of())));
        meter.document();
      }
      List<AcronymPair> mined = miner.pairs(() -> x.works().stream()
          .flatMap(w -> Stream.of(w.title(), w.abstractText())));
      writeSideFiles(gen, x, mined);
      String builtAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
      writeDurably(gen.dir().resolve(GenerationInfo.FILE_NAME), Json.MAPPER
          .writerWithDefaultPrettyPrinter().writeValueAsString(info(gen, x, mined, builtAt)));
      PausePoints.reached("commit");
      builder.commit(Map.of("generation", gen.name(), "builtAt", builtAt));
      return new Built(builder.documents(), mined.size());
    }
  }

  private static void writeSideFiles(IndexLayout.Generation gen, Extraction x,
      List<AcronymPair> mined) throws IOException {
    ArxivTaxonomy taxonomy = ArxivTaxonomy.standard();
    Map<String, String> venues = new TreeMap<>();
    Map<String, String> topics = new TreeMap<>();
    for (Work w : x.works()) {
      if (w.venue() != null) {
        venues.putIfAbsent(w.venue().id(), w.venue().name());
      }
      for (String t : w.topics()) {
        topics.computeIfAbsent(t, id -> taxonomy.name(id).orElse(id));
      }
    }
    Map<String, String> people = new TreeMap<>();
    x.people().forEach(p -> people.put(p.id(), p.name()));
    writeDurably(gen.dir().resolve(IndexLabels.FILE_NAME),
        Json.MAPPER.writeValueAsString(new IndexLabels(venues, topics, people)));
    StringWriter tsv = new StringWriter();
    AcronymSynonyms.write(mined, tsv);
    writeDurably(gen.dir().resolve(AcronymSynonyms.FILE_NAME), tsv.toString());
  }

  private static GenerationInfo info(IndexLayout.Generation gen, Extraction x,
      List<AcronymPair> mined, String builtAt) {
    Map<String, Long> formats = new TreeMap<>();
    Map<String, Long> venues = new HashMap<>();
    for (Work w : x.works()) {
      w.sources().stream().map(Source::file).map(GenerationWriter::format).distinct()
          .forEach(f -> formats.merge(f, 1L, Long::sum));
      if (w.venue() != null) {
        venues.merge(w.venue().name(), 1L, Long::sum);
      }
    }
    Map<String, Long> top = new LinkedHashMap<>();
    venues.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_VENUES).forEach(e -> top.put(e.getKey(), e.getValue()));
    return new GenerationInfo(gen.name(), builtAt, x.works().size(), x.people().size(), formats,
        top, Schema.stemmer().name().toLowerCase(Locale.ROOT), mined.size());
  }

  /** The file type of a source ("bib", "jsonl", "pdf"), ignoring a ".gz" suffix. */
  static String format(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    if (f.endsWith(".gz")) {
      f = f.substring(0, f.length() - 3);
    }
    int slash = f.lastIndexOf('/');
    int dot = f.lastIndexOf('.');
    return dot > slash ? f.substring(dot + 1) : "other";
  }

  static void writeDurably(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }
}
