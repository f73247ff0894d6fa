package dev.cvsearch.indexer.cli;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.search.FacetValue;
import dev.cvsearch.indexer.search.InvalidRequestException;
import dev.cvsearch.indexer.search.SearchHit;
import dev.cvsearch.indexer.search.SearchRequest;
import dev.cvsearch.indexer.search.SearchResponse;
import dev.cvsearch.indexer.search.SearchService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvsearch search QUERY …}: one search over the live index, as text or JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the live index: words, \"phrases\", -exclusion, OR, title:/author:/venue:/year:,"
          + " year:2020..2022, prefix*.",
      "Filters repeat: values of one filter are OR-ed, different filters AND-ed."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> query = new ArrayList<>();

  @Option(names = "--venue", paramLabel = "V", description = "Venue id (emnlp, icassp…).")
  List<String> venues = new ArrayList<>();

  @Option(names = "--year", paramLabel = "Y", description = "Year.")
  List<Integer> years = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "T", description = "arXiv category (eess.AS…).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--type", paramLabel = "work|person", description = "Only works or only people.")
  String type;

  @Option(names = "--json", description = "Print the whole response as JSON.")
  boolean json;

  @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: index).")
  Path index = IndexLayout.DEFAULT_DIR;

  @Option(names = "--page", defaultValue = "1", description = "Page, from 1 (default 1).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page (default 10).")
  int size;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      paramLabel = "relevance|newest",
      description = "Order (default relevance).")
  String sort;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest.Sort order =
        switch (sort.toLowerCase(Locale.ROOT)) {
          case "relevance" -> SearchRequest.Sort.RELEVANCE;
          case "newest" -> SearchRequest.Sort.NEWEST;
          default ->
              throw new CommandLine.ParameterException(
                  spec.commandLine(), "--sort must be relevance or newest, was " + sort);
        };
    SearchRequest request =
        new SearchRequest(
            String.join(" ", query), type, venues, topics, years, null, null, null, order, page, size);
    SearchResponse response;
    try (SearchService search = SearchService.open(index)) {
      // Search first: a bad query is a usage error whether or not an index exists.
      response = search.search(request);
      if (search.generation() == null) {
        spec.commandLine().getErr().println("cvsearch: no index in " + index + " (run reindex first)");
        return 1;
      }
    } catch (InvalidRequestException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (json) {
      Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, response);
      out.println();
    } else {
      print(response, out);
    }
    out.flush();
    return 0;
  }

  private static void print(SearchResponse r, PrintWriter out) {
    out.printf(Locale.ROOT, "%d results (%d ms)%n", r.total(), r.tookMs());
    if (r.didYouMean() != null) {
      out.printf(Locale.ROOT, "Did you mean: %s%n", r.didYouMean());
    }
    int rank = (r.page() - 1) * r.size();
    for (SearchHit h : r.hits()) {
      rank++;
      if (h.type().equals("person")) {
        out.printf(Locale.ROOT, "%3d. PERSON %s  (%s)%n", rank, h.name(), h.id());
        h.evidence().stream().limit(3).forEach(e -> out.printf(Locale.ROOT, "       · %s%n", e.title()));
      } else {
        out.printf(Locale.ROOT, "%3d. %s%n     %s · %s · %s  (%s)%n", rank, h.title(),
            h.venue() == null ? "-" : h.venue().name(), h.year() == null ? "-" : h.year(),
            String.join(", ", h.authors().stream().limit(4).toList()), h.id());
      }
    }
    for (Map.Entry<String, List<FacetValue>> dim : r.facets().entrySet()) {
      if (!dim.getValue().isEmpty()) {
        out.printf(Locale.ROOT, "%s: %s%n", dim.getKey(), String.join(", ",
            dim.getValue().stream().limit(8)
                .map(v -> (v.selected() ? "*" : "") + v.label() + " " + v.count()).toList()));
      }
    }
  }
}
