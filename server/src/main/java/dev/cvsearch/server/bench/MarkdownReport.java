package dev.cvsearch.server.bench;

import java.util.Locale;
import java.util.Map;

/** Renders {@code bench/REPORT.md} from the results: tables first, then method and caveats. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(BenchResults r, String profiling, String firstError) {
    StringBuilder md = new StringBuilder();
    md.append("# cvsearch benchmark\n\n");
    if (r.quick()) {
      md.append("> **Quick (smoke) run** — tiny corpus and ladder; the figures mean nothing.\n\n");
    }
    md.append(
        f(
            "Run %s with `%s`. Every figure is ours against a plain Lucene baseline over the same"
                + " records and the same queries in the same JVM; ratios are ours / baseline.%n%n",
            r.generated(), r.command()));
    headline(md, r);
    targets(md, r);
    ladder(md, r);
    md.append("## Charts\n\n![latency](results/latency.png)\n\n")
        .append("![throughput](results/throughput.png)\n\n![indexing](results/indexing.png)\n\n");
    relevance(md, r);
    if (r.load() != null) {
      Latency l = r.load();
      md.append("## Load run (HTTP, ").append(r.headlineStep()).append(" step)\n\n");
      md.append(
          f(
              "%.0f s from 2 client threads on loopback against `/api/search`: %,d queries, %.1f"
                  + " queries/s, **%d errors**, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f"
                  + " ms.%n%n",
              l.seconds(),
              l.queries(),
              l.qps(),
              l.errors(),
              l.p50Ms(),
              l.p95Ms(),
              l.p99Ms(),
              l.maxMs()));
    }
    method(md, r);
    if (profiling != null) {
      md.append(profiling.strip()).append("\n\n");
    }
    if (firstError != null) {
      md.append("## Errors\n\nFirst failed query: `")
          .append(firstError.replace('`', '\''))
          .append("`\n\n");
    }
    return md.toString();
  }

  private static void headline(StringBuilder md, BenchResults r) {
    var o = r.ours();
    var b = r.baseline();
    var os = o.step();
    var bs = b.step();
    md.append("## Headline (")
        .append(r.headlineStep())
        .append(f(" step: %,d documents from %,d " + "records)%n%n", os.docs(), r.corpusRecords()));
    md.append("| figure | ours | baseline | ours / baseline |\n|---|---:|---:|---:|\n");
    row(
        md,
        "reading the files, records/s (ours: read + merge + link; baseline: readers alone)",
        r.extract().recordsPerSecond(),
        r.parse().recordsPerSecond(),
        "%,.0f");
    row(md, "**index docs/s, parsing included**", o.indexDocsPerS(), b.indexDocsPerS(), "%,.0f");
    row(
        md,
        "index docs per CPU-second, parsing included",
        o.indexDocsPerCpuS(),
        b.indexDocsPerCpuS(),
        "%,.0f");
    row(
        md,
        "index docs/s, records in memory → committed index",
        o.indexOnlyDocsPerS(),
        b.indexOnlyDocsPerS(),
        "%,.0f");
    row(
        md,
        "index docs per CPU-second, records → index",
        os.indexDocsPerCpuS(),
        bs.indexDocsPerCpuS(),
        "%,.0f");
    row(md, "index size, MiB", os.indexMib(), bs.indexMib(), "%,.1f");
    row(
        md,
        "heap after indexing + GC, MiB (corpus in memory included)",
        os.heapAfterIndexMib(),
        bs.heapAfterIndexMib(),
        "%,.0f");
    row(
        md,
        "in-process queries/s, 1 thread",
        os.inProcess1t().qps(),
        bs.inProcess1t().qps(),
        "%,.0f");
    row(
        md,
        "**in-process queries/s, 2 threads**",
        o.searchQpsInProcess(),
        b.searchQpsInProcess(),
        "%,.0f");
    row(
        md,
        "in-process p50 ms (1 thread)",
        os.inProcess1t().p50Ms(),
        bs.inProcess1t().p50Ms(),
        "%.2f");
    row(md, "in-process p95 ms", os.inProcess1t().p95Ms(), bs.inProcess1t().p95Ms(), "%.2f");
    row(md, "in-process p99 ms", os.inProcess1t().p99Ms(), bs.inProcess1t().p99Ms(), "%.2f");
    row(md, "HTTP queries/s, 1 client thread", os.http1t().qps(), bs.http1t().qps(), "%,.0f");
    row(md, "**HTTP queries/s, 2 client threads**", o.searchQpsHttp(), b.searchQpsHttp(), "%,.0f");
    row(md, "HTTP p50 ms (1 thread)", os.http1t().p50Ms(), bs.http1t().p50Ms(), "%.2f");
    row(md, "HTTP p95 ms", os.http1t().p95Ms(), bs.http1t().p95Ms(), "%.2f");
    row(md, "HTTP p99 ms", os.http1t().p99Ms(), bs.http1t().p99Ms(), "%.2f");
    row(
        md,
        "server start-up ms (open index, start, first answer)",
        os.startupMs(),
        bs.startupMs(),
        "%,.0f");
    md.append('\n');
  }

  private static void row(StringBuilder md, String name, double ours, double base, String fmt) {
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(f(fmt, ours))
        .append(" | ")
        .append(f(fmt, base))
        .append(" | ")
        .append(base > 0 ? f("%.2f", ours / base) : "—")
        .append(" |\n");
  }

  private static void targets(StringBuilder md, BenchResults r) {
    md.append("## Targets\n\n| target | floor | measured | met |\n|---|---|---:|---|\n");
    for (BenchResults.Target t : r.targets()) {
      md.append(
          f(
              "| %s | %s | %.3f | %s |%n",
              t.name(), t.floor(), t.value(), t.met() ? "yes" : "**no**"));
    }
    md.append('\n');
  }

  private static void ladder(StringBuilder md, BenchResults r) {
    md.append(
        "## Ladder\n\nSteps above the corpus size repeat the real records under fresh ids "
            + "(`<id>~<copy>`); no text is synthetic.\n\n");
    md.append(
        "| step | docs | repeats | index docs/s ours / base | index MiB ours / base "
            + "| heap after GC MiB ours / base | peak live heap MiB ours | p50 ms ours / base "
            + "| p99 ms ours / base | qps in-proc 2t ours / base | qps HTTP 2t ours / base "
            + "| p99/p50 ours |\n");
    md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (StepResult s : r.ladder()) {
      SystemStep o = s.ours();
      SystemStep b = s.baseline();
      md.append(
          f(
              "| %s | %,d | %s | %,.0f / %,.0f | %,.0f / %,.0f | %,.0f / %,.0f | %,.0f "
                  + "| %.2f / %.2f | %.2f / %.2f | %,.0f / %,.0f | %,.0f / %,.0f | %.1f |%n",
              s.step(),
              s.docs(),
              s.repeated() ? "yes" : "no",
              o.indexDocsPerS(),
              b.indexDocsPerS(),
              o.indexMib(),
              b.indexMib(),
              o.heapAfterIndexMib(),
              b.heapAfterIndexMib(),
              o.heapPeakLiveMib(),
              o.inProcess1t().p50Ms(),
              b.inProcess1t().p50Ms(),
              o.inProcess1t().p99Ms(),
              b.inProcess1t().p99Ms(),
              o.inProcess2t().qps(),
              b.inProcess2t().qps(),
              o.http2t().qps(),
              b.http2t().qps(),
              o.inProcess1t().tailRatio()));
    }
    md.append(
        "\n"
            + "Ratios per step (ours / baseline):\n\n"
            + "| step | index docs/s | qps in-process | qps HTTP | p50 in-process | p50 HTTP |"
            + " index size |\n"
            + "|---|---:|---:|---:|---:|---:|---:|\n");
    for (StepResult s : r.ladder()) {
      Map<String, Double> x = s.ratios();
      md.append(
          f(
              "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
              s.step(),
              x.get("index_docs_per_s"),
              x.get("search_qps_in_process"),
              x.get("search_qps_http"),
              x.get("search_p50_in_process"),
              x.get("search_p50_http"),
              x.get("index_size")));
    }
    md.append(
        "\nTail of ours, one client: p99 / p50 of the median window (by p99), then of each of"
            + " the windows in the order they ran.\n\n"
            + "| step | in-process | windows | HTTP | windows |\n|---|---:|---|---:|---|\n");
    for (StepResult s : r.ladder()) {
      Latency in = s.ours().inProcess1t();
      Latency http = s.ours().http1t();
      md.append(
          f(
              "| %s | %.2f | %s | %.2f | %s |%n",
              s.step(), in.tailRatio(), tails(in), http.tailRatio(), tails(http)));
    }
    md.append('\n');
  }

  /** A measurement's windows' p99 / p50, or a dash for a single window. */
  private static String tails(Latency l) {
    if (l.windowTails() == null) {
      return "—";
    }
    return String.join(
        ", ", l.windowTails().stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList());
  }

  private static void relevance(StringBuilder md, BenchResults r) {
    Relevance v = r.relevance();
    if (v == null) {
      return;
    }
    md.append(
        "## Relevance: SciFact\n\n"
            + "`cvsearch eval` (the same code path as the CLI) on the SciFact **train** split,"
            + " beside Anserini's published BM25 figures on the **test** split (BEIR v1.0.0"
            + " regressions; Anserini publishes no MRR@10).\n\n");
    md.append("| run | queries | nDCG@10 | Recall@100 | MRR@10 |\n|---|---:|---:|---:|---:|\n");
    md.append(
        f(
            "| cvsearch (train) | %d | %.4f | %.4f | %.4f |%n",
            v.queries(), v.ndcg10(), v.recall100(), v.mrr10()));
    md.append(
        f(
            "| Anserini BM25 flat (test) | 300 | %.4f | %.4f | — |%n",
            v.anseriniFlatNdcg10(), v.anseriniFlatRecall100()));
    md.append(
        f(
            "| Anserini BM25 multifield (test) | 300 | %.4f | %.4f | — |%n%n",
            v.anseriniMultifieldNdcg10(), v.anseriniMultifieldRecall100()));
  }

  private static void method(StringBuilder md, BenchResults r) {
    Map<String, Object> m = r.machine();
    md.append("## Method\n\n");
    md.append(
        f(
            "- **Corpus**: %s — read through our extractor: %,d records, merged and linked into "
                + "%,d documents.%n",
            String.join(", ", r.inputs()), r.corpusRecords(), r.corpusDocs()));
    md.append(
        "- **Both systems index the same in-memory records** (the extraction's merged works and"
            + " people) in the same order. Ours: the indexer's `DocumentMapper` + `IndexBuilder`"
            + " (one generation, one commit, switched in through `IndexLayout`). Baseline: plain"
            + " Lucene 10 — `EnglishAnalyzer`, one `TextField` each for title, abstract and"
            + " authors, `SortedSetDocValuesFacetField` for venue, topic, year and type, BM25"
            + " defaults, id and title stored, Lucene's default codec, no offsets, no highlights,"
            + " no merging; the same "
            + dev.cvsearch.indexer.index.IndexBuilder.RAM_BUFFER_MB
            + " MB RAM buffer, one commit.\n");
    md.append(
        "- **Indexing, parsing included** (the issue's figure): ours = read + merge + link "
            + "(the extractor) + index; baseline = read (the same readers into a counting sink, no "
            + "merging) + its own index. Both read the same files; ours also pays for merging "
            + "duplicates and linking people, which the baseline does not do. After one untimed "
            + "warm-up pass, the extraction and the plain read alternate in five rounds, and, "
            + "after two untimed warm-up builds of each, the full step is indexed in five rounds, "
            + "ours and the baseline alternately; each figure is the median round. The records → "
            + "index figure is also "
            + "given alone. The side files of a real `cvsearch reindex` (labels, mined acronyms, "
            + "per-file cache) are not in these timings.\n");
    md.append(
        f(
            "- **Queries**: %s queries drawn with seed %s from real titles: 1–4 words, half"
                + " filtered by venue/year/topic of the title's record, some \"phrases\", some"
                + " people queries (`type=person`); each asks for 10 hits and the facet dimensions."
                + " Ours: `SearchService.search` (highlights, drill-sideways facets, expert"
                + " finding, did-you-mean). Baseline: AND of per-word (title OR abstract OR"
                + " authors) term queries (phrases as `PhraseQuery`), filters as `DrillDownQuery`"
                + " clauses, `FacetsCollectorManager` counts for venue/topic/year/type, id + title"
                + " of the 10 hits from stored fields. Mix: %s.%n",
            r.queryMix().get("queries"), r.queryMix().get("seed"), r.queryMix()));
    md.append(
        "- **Measuring**: per step, each system warms up (in-process, then through HTTP, as"
            + " long each), then runs fixed-length windows"
            + " alternately (ours, baseline, ours, …) so a slow spell of the shared machine hits"
            + " both; latencies in an HdrHistogram (µs, 3 digits). Latency with one client is "
            + StepRunner.LATENCY_WINDOWS
            + " windows per system and path, taking turns; the figures are the window with the"
            + " median p99, and every window's p99 / p50 is listed under the ladder. Throughput"
            + " with two client threads is one window each. HTTP: our real Javalin app"
            + " (`App.create`) and a minimal Javalin endpoint for the baseline, both in the bench"
            + " JVM on a free loopback port, asked through the JDK's blocking client"
            + " (`HttpURLConnection`: request and answer on the asking thread) with keep-alive,"
            + " no compression; the server's per-request access log lines are off (the baseline"
            + " writes none), its metrics stay on. Start-up = open the index + start the server +"
            + " first answer to a health check, with Jetty's classes already loaded.\n");
    md.append(
        "- **CPU time**: the per-CPU-second indexing figures divide by the process CPU time "
            + "(all threads: GC, JIT and Lucene merges included), which moves less than wall time "
            + "when other processes take the cores.\n");
    md.append(
        "- **Heap**: used heap after two `System.gc()` calls once a build is committed "
            + "(the in-memory corpus, shared by both systems, is part of it), and the peak of the "
            + "heap left after each collection while indexing, sampled every 20 ms.\n");
    md.append(
        f(
            "- **Machine**: %s, %s cores, %s MiB RAM, %s, %s, heap limit %s MiB, JVM options"
                + " `%s` (both systems run in this JVM). Load average (1/5/15 min) %s at the"
                + " start, %s at the end.%n%n",
            m.get("cpu"),
            m.get("cores"),
            m.get("memory_mib"),
            m.get("os"),
            m.get("java"),
            m.get("max_heap_mib"),
            m.getOrDefault("jvm_options", "n/a"),
            m.get("load_average_start"),
            m.get("load_average_end")));
    md.append("### Caveats\n\n");
    md.append(
        "- The machine has 2 cores and other processes were running (see the load "
            + "averages): absolute figures are noisy; the ratios, measured alternately in the same "
            + "run, are what to read.\n");
    md.append(
        "- The client threads run in the same JVM and on the same 2 cores as the servers, "
            + "so HTTP figures include the client's own cost for both systems.\n");
    md.append(
        "- The 1M step repeats the ~150k real records: term statistics are those of a "
            + "corpus with many exact duplicates, and result sets grow with the copies.\n");
    md.append(
        "- Relevance is on the train split; Anserini's figures are on the test split (no "
            + "train-split figures are published).\n\n");
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }
}
