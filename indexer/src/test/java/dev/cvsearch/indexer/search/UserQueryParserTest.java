package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.schema.Schema;
import dev.cvsearch.indexer.search.ParsedQuery.Atom;
import dev.cvsearch.indexer.search.ParsedQuery.Kind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The user query syntax, and that no input makes it fail. */
class UserQueryParserTest {
  @Test
  void words_phrases_exclusions_fields_prefixes_and_or_are_read() {
    ParsedQuery q =
        UserQueryParser.parse("pruning \"large language\" -vision title:lion author:\"Kai Zhen\" wav2* a OR b year:2020..2022");
    assertThat(q.clauses()).hasSize(8);
    assertThat(q.clauses().get(0).alternatives()).containsExactly(new Atom(Kind.WORD, null, "pruning"));
    assertThat(q.clauses().get(1).alternatives()).containsExactly(new Atom(Kind.PHRASE, null, "large language"));
    assertThat(q.clauses().get(2).negated()).isTrue();
    assertThat(q.clauses().get(3).alternatives()).containsExactly(new Atom(Kind.WORD, "title", "lion"));
    assertThat(q.clauses().get(4).alternatives()).containsExactly(new Atom(Kind.PHRASE, "author", "Kai Zhen"));
    assertThat(q.clauses().get(5).alternatives()).containsExactly(new Atom(Kind.PREFIX, null, "wav2"));
    assertThat(q.clauses().get(6).alternatives())
        .containsExactly(new Atom(Kind.WORD, null, "a"), new Atom(Kind.WORD, null, "b"));
    assertThat(UserQueryParser.yearRange(q.clauses().get(7).alternatives().getFirst()))
        .containsExactly(2020, 2022);
  }

  @Test
  void stray_operators_and_quotes_are_read_as_text() {
    assertThat(UserQueryParser.parse("OR").isEmpty()).isTrue();
    assertThat(UserQueryParser.parse("- \" ( ) * -- year:abc").clauses())
        .extracting(c -> c.alternatives().getFirst().kind())
        .doesNotContain(Kind.YEAR);
  }

  @Test
  void a_query_longer_than_500_characters_is_a_clear_error() {
    assertThatThrownBy(() -> UserQueryParser.parse("a".repeat(812)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("query too long: 812 characters, at most 500")
        .extracting(e -> ((InvalidRequestException) e).parameter())
        .isEqualTo("q");
  }

  @Test
  void more_than_64_terms_is_a_clear_error() {
    assertThatThrownBy(() -> UserQueryParser.parse("w ".repeat(65)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("more than 64 terms");
  }

  @Test
  void random_strings_never_make_parsing_or_query_building_fail() {
    QueryFactory factory = new QueryFactory(Schema.queryAnalyzer(), Ranking.DEFAULT);
    Random random = new Random(42);
    String alphabet = "ab AB-+\"()*:~^\\/|&!?{}[]üß漢🙂\t\n0123456789.titleyearvenueauthorOR";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int j = 0; j < len; j++) {
        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      ParsedQuery q = UserQueryParser.parse(sb.toString());
      for (QueryFactory.Mode mode : List.of(QueryFactory.Mode.ALL, QueryFactory.Mode.ANY)) {
        assertThat(factory.build(q, mode)).isNotNull();
      }
    }
  }
}
