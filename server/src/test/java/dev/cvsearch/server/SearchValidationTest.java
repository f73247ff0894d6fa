package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.server.api.Problem;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input is a 400 problem document that names the parameter and says what to fix. */
class SearchValidationTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(SeedIndex.searcher());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /api/search?q=x&type=foo                 | type     | 'work' or 'person'
      /api/search?q=x&sort=bar                 | sort     | 'relevance' or 'newest'
      /api/search?q=x&size=0                   | size     | between 1 and 100
      /api/search?q=x&size=101                 | size     | between 1 and 100
      /api/search?q=x&size=ten                 | size     | whole number
      /api/search?q=x&page=0                   | page     | between 1 and 10000
      /api/search?q=x&page=-3                  | page     | between 1 and 10000
      /api/search?q=x&page=99999999999999      | page     | between 1 and 10000
      /api/search?q=x&page=9999999999999999999 | page     | whole number
      /api/search?q=x&page=2000&size=10        | page     | too deep
      /api/search?q=x&year=twenty              | year     | a year like 2024
      /api/search?q=x&year=2024&year=20x4      | year     | a year like 2024
      /api/search?q=x&year=99999               | year     | between 1000 and 2999
      /api/search?q=x&yearFrom=abc             | yearFrom | a year like 2024
      /api/search?q=x&yearTo=1.5               | yearTo   | a year like 2024
      /api/search?q=x&yearFrom=2024&yearTo=2020| yearFrom | swap them
      /api/search?q=x&pubtype=poster           | pubtype  | conference
      /api/search?q=x&venu=emnlp               | venu     | unknown parameter
      /api/search?q=x&q=y                      | q        | at most once
      /api/suggest?q=sp&limit=500              | limit    | between 1 and 20
      /api/suggest?q=sp&foo=1                  | foo      | unknown parameter
      """)
  void bad_parameter_is_400_problem(String path, String parameter, String advice) {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(Problem.CONTENT_TYPE);
    Problem p = TestServer.read(r.body(), Problem.class);
    assertThat(p.type()).isEqualTo("about:blank");
    assertThat(p.title()).isEqualTo("Bad Request");
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.parameter()).isEqualTo(parameter);
    assertThat(p.detail()).contains(advice);
  }

  @Test
  void too_long_query_is_400() {
    HttpResponse<String> r = server.get("/api/search?q=" + "a".repeat(501));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestServer.read(r.body(), Problem.class).detail()).contains("too long", "500");
  }

  @Test
  void too_long_prefix_is_400() {
    assertThat(server.get("/api/suggest?q=" + "b".repeat(101)).statusCode()).isEqualTo(400);
  }

  @Test
  void unknown_ids_are_404_problems() {
    for (String path : new String[] {"/api/works/no-such-work", "/api/people/no-such-person"}) {
      HttpResponse<String> r = server.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .startsWith(Problem.CONTENT_TYPE);
      assertThat(TestServer.read(r.body(), Problem.class).detail()).contains("no-such-");
    }
  }

  @Test
  void unknown_api_path_is_404_problem() {
    HttpResponse<String> r = server.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestServer.read(r.body(), Problem.class).status()).isEqualTo(404);
  }

  @Test
  void wrong_method_is_a_4xx_problem() {
    HttpResponse<String> r = AdminApiTest.post(server, "/api/search?q=x", null);
    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(r.body()).doesNotContain("Exception");
  }

  @Test
  void hostile_input_never_yields_a_5xx() {
    String[] paths = {"/api/search?q=%22unbalanced", "/api/search?q=(((", "/api/search?q=title:",
        "/api/search?q=*", "/api/search?q=-", "/api/search?q=AND%20OR%20NOT",
        "/api/search?q=%00%01", "/api/search?q=%F0%9F%94%8D", "/api/search?q=a~2%5E3",
        "/api/search?q=" + "x%20".repeat(120), "/api/search?venue=" + "v".repeat(300),
        "/api/search?q=x&year=", "/api/search?q=x&type=", "/api/suggest?q=%22",
        "/api/works/%20", "/api/people/" + "p".repeat(400), "/api/search?q=%E0%A4"};
    for (String path : paths) {
      int status = server.get(path).statusCode();
      assertThat(status).as(path).isLessThan(500);
    }
  }
}
