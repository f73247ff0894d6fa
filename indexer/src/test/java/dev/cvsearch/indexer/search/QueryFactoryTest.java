package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Schema;
import org.junit.jupiter.api.Test;

/** How typed queries become Lucene queries. */
class QueryFactoryTest {
  private final QueryFactory factory =
      new QueryFactory(Schema.queryAnalyzer(), Schema.phraseAnalyzer(), Ranking.DEFAULT);

  private String build(String q) {
    return factory.build(UserQueryParser.parse(q), QueryFactory.Mode.ALL).toString();
  }

  @Test
  void a_long_form_is_searched_as_its_acronym_one_term() {
    String q = build("automatic speech recognition");
    assertThat(q).contains("body:asr").doesNotContain("body:automat").doesNotContain("\"");
  }

  @Test
  void a_quoted_long_form_is_its_acronym_and_a_longer_phrase_keeps_both_spellings() {
    assertThat(build("\"large language models\"")).contains("body:llm")
        .doesNotContain("body:\"");
    assertThat(build("\"large language models for code\""))
        .contains("body:\"llm ? code\"", "body:\"larg languag model ? code\"");
  }

  @Test
  void a_stop_word_is_not_required_in_author_or_venue_names() {
    String q = build("learning for the web");
    assertThat(q).contains("body:learn", "body:web")
        .doesNotContain("authors:for", "venuetext:for", "authors:the", "venuetext:the");
    // Asked for in a field, it is looked for there.
    assertThat(build("author:the")).contains("authors:the");
  }
}
