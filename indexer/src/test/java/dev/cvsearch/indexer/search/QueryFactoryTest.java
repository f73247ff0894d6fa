package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Schema;
import org.junit.jupiter.api.Test;

/** How typed queries become Lucene queries. */
class QueryFactoryTest {
  private final QueryFactory factory = new QueryFactory(Schema.queryAnalyzer(), Ranking.DEFAULT);

  private String build(String q) {
    return factory.build(UserQueryParser.parse(q), QueryFactory.Mode.ALL).toString();
  }

  @Test
  void a_multi_word_synonym_is_searched_as_one_unit() {
    String q = build("automatic speech recognition");
    assertThat(q).contains("body:asr").contains("body:\"automat speech recognit\"");
  }
}

