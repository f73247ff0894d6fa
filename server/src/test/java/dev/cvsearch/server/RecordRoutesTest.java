package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.search.IndexInfo;
import dev.cvsearch.indexer.search.PersonDetail;
import dev.cvsearch.indexer.search.SearchHit;
import dev.cvsearch.indexer.search.SearchResponse;
import dev.cvsearch.indexer.search.WorkDetail;
import dev.cvsearch.server.api.SearchRoutes;
import dev.cvsearch.server.api.StatusRoutes;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Work and person pages, autocomplete, stats and health over the real seed index. */
class RecordRoutesTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(SeedIndex.searcher());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_work_page_has_the_merged_record_and_its_sources() {
    SearchHit hit = server.getJson("/api/search?q=speech&type=work&size=1", SearchResponse.class)
        .hits().get(0);
    WorkDetail d = server.getJson("/api/works/" + SearchApiTest.enc(hit.id()), WorkDetail.class);
    assertThat(d.work().id()).isEqualTo(hit.id());
    assertThat(d.work().title()).isEqualTo(hit.title());
    assertThat(d.work().sources()).isNotEmpty();
    assertThat(d.topicNames()).hasSameSizeAs(d.work().topics());
  }

  @Test
  void a_person_page_has_profile_works_and_summaries() {
    SearchHit hit = server.getJson("/api/search?q=speech&type=person&size=1",
        SearchResponse.class).hits().get(0);
    PersonDetail d = server.getJson("/api/people/" + SearchApiTest.enc(hit.id()),
        PersonDetail.class);
    assertThat(d.person().id()).isEqualTo(hit.id());
    assertThat(d.person().name()).isEqualTo(hit.name());
    assertThat(d.works()).isNotEmpty().allSatisfy(w -> assertThat(w.type()).isEqualTo("work"));
    assertThat(d.years()).isNotEmpty();
    assertThat(server.get("/api/people/" + SearchApiTest.enc(hit.id())).body())
        .doesNotContain("\"text\"");
  }

  @Test
  void suggest_completes_a_person_name() {
    SearchHit person = server.getJson("/api/search?q=speech&type=person&size=1",
        SearchResponse.class).hits().get(0);
    String prefix = person.name().substring(0, 4).toLowerCase(Locale.ROOT);
    SearchRoutes.Suggestions s =
        server.getJson("/api/suggest?q=" + SearchApiTest.enc(prefix), SearchRoutes.Suggestions.class);
    assertThat(s.q()).isEqualTo(prefix);
    assertThat(s.suggestions()).isNotEmpty()
        .anySatisfy(x -> assertThat(x.text()).isEqualTo(person.name()));
  }

  @Test
  void empty_suggest_is_empty() {
    assertThat(server.getJson("/api/suggest?q=", SearchRoutes.Suggestions.class).suggestions())
        .isEmpty();
  }

  @Test
  void stats_count_the_seed_corpus() {
    IndexInfo info = server.getJson("/api/stats", IndexInfo.class);
    assertThat(info.works()).isEqualTo(65);
    assertThat(info.people()).isEqualTo(4);
    assertThat(info.generation()).isNotBlank();
    assertThat(info.byVenue()).isNotEmpty();
    assertThat(info.sizeBytes()).isPositive();
  }

  @Test
  void health_is_ok() {
    StatusRoutes.Health h = server.getJson("/api/health", StatusRoutes.Health.class);
    assertThat(h.status()).isEqualTo("ok");
    assertThat(h.documents()).isEqualTo(69);
  }
}
