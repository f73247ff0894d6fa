package dev.cvsearch.server.metrics;

import dev.cvsearch.indexer.search.IndexInfo;
import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.server.admin.ReindexJob;
import dev.cvsearch.server.admin.ReindexStatus;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /metrics}: Prometheus text exposition (format 0.0.4), written by hand. */
public final class MetricsRoute {
  /** The media type Prometheus scrapes. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(MetricsRoute.class);

  private final HttpMetrics http;
  private final Searcher searcher;
  private final ReindexJob reindex;

  /** The reindex job may be null when the admin API is off. */
  public MetricsRoute(HttpMetrics http, Searcher searcher, ReindexJob reindex) {
    this.http = http;
    this.searcher = searcher;
    this.reindex = reindex;
  }

  /** Renders all series. */
  public void handle(Context ctx) {
    StringBuilder out = new StringBuilder(4096);
    requests(out);
    index(out);
    reindexes(out);
    ctx.contentType(CONTENT_TYPE).result(out.toString());
  }

  private void requests(StringBuilder out) {
    out.append("# HELP cvsearch_http_requests_total HTTP requests by method, route and status.\n")
        .append("# TYPE cvsearch_http_requests_total counter\n");
    http.counts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(HttpMetrics.CountKey::route)
            .thenComparing(HttpMetrics.CountKey::method)
            .thenComparingInt(HttpMetrics.CountKey::status)))
        .forEach(e -> out.append("cvsearch_http_requests_total{method=\"")
            .append(e.getKey().method()).append("\",route=\"").append(escape(e.getKey().route()))
            .append("\",status=\"").append(e.getKey().status()).append("\"} ")
            .append(e.getValue().get()).append('\n'));
    String name = "cvsearch_http_request_duration_seconds";
    out.append("# HELP ").append(name).append(" HTTP request latency by method and route.\n")
        .append("# TYPE ").append(name).append(" histogram\n");
    http.latencies().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(HttpMetrics.RouteKey::route)
            .thenComparing(HttpMetrics.RouteKey::method)))
        .forEach(e -> {
          String labels = "method=\"" + e.getKey().method() + "\",route=\""
              + escape(e.getKey().route()) + "\"";
          HttpMetrics.Latency l = e.getValue();
          long count = l.count.get();
          long cumulative = 0;
          for (int i = 0; i < HttpMetrics.BUCKETS.length; i++) {
            cumulative += l.buckets.get(i);
            out.append(name).append("_bucket{").append(labels).append(",le=\"")
                .append(number(HttpMetrics.BUCKETS[i])).append("\"} ").append(cumulative)
                .append('\n');
          }
          out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ")
              .append(count).append('\n');
          out.append(name).append("_sum{").append(labels).append("} ")
              .append(number(l.sum.sum())).append('\n');
          out.append(name).append("_count{").append(labels).append("} ").append(count)
              .append('\n');
        });
  }

  private void index(StringBuilder out) {
    IndexInfo info;
    try {
      info = searcher.info();
    } catch (IOException e) {
      // Metrics must still answer when the index is unreadable; the gauge says so.
      LOG.warn("metrics: index info unavailable", e);
      gauge(out, "cvsearch_index_up", "Whether the live index can be read.", 0);
      return;
    }
    gauge(out, "cvsearch_index_up", "Whether the live index can be read.", 1);
    out.append("# HELP cvsearch_index_documents Documents in the live index by type.\n")
        .append("# TYPE cvsearch_index_documents gauge\n")
        .append("cvsearch_index_documents{type=\"work\"} ").append(info.works()).append('\n')
        .append("cvsearch_index_documents{type=\"person\"} ").append(info.people()).append('\n');
    gauge(out, "cvsearch_index_size_bytes", "Size of the live index on disk.", info.sizeBytes());
    Double built = epochSeconds(info.builtAt());
    if (built != null) {
      gauge(out, "cvsearch_index_built_timestamp_seconds",
          "When the live index generation was committed (Unix time).", built);
    }
  }

  private void reindexes(StringBuilder out) {
    if (reindex == null) {
      return;
    }
    ReindexStatus s = reindex.status();
    gauge(out, "cvsearch_reindex_running", "Whether a reindex started here is running.",
        s.running() ? 1 : 0);
    gauge(out, "cvsearch_reindex_runs", "Reindexes started through the admin API.", s.runs());
    if (s.durationMs() != null) {
      gauge(out, "cvsearch_reindex_last_duration_seconds", "Duration of the last reindex.",
          s.durationMs() / 1000.0);
      gauge(out, "cvsearch_reindex_last_success", "Whether the last reindex succeeded.",
          "succeeded".equals(s.state()) ? 1 : 0);
    }
    Double finished = epochSeconds(s.finishedAt());
    if (finished != null) {
      gauge(out, "cvsearch_reindex_last_finished_timestamp_seconds",
          "When the last reindex finished (Unix time).", finished);
    }
  }

  private static void gauge(StringBuilder out, String name, String help, double value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n')
        .append("# TYPE ").append(name).append(" gauge\n")
        .append(name).append(' ').append(number(value)).append('\n');
  }

  private static Double epochSeconds(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      Instant t = Instant.parse(iso);
      return t.getEpochSecond() + t.getNano() / 1e9;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String number(double v) {
    // Double.toString is locale-free and round-trips ("0.005", "2.5"), as Prometheus parses it.
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
