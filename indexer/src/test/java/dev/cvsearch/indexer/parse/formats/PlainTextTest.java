package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void a_clean_field_comes_back_as_the_same_string() {
    String clean = "Attention is all you need, again";
    assertThat(PlainText.collapse(clean)).isSameAs(clean);
  }

  @Test
  void runs_of_any_whitespace_become_one_space_and_the_ends_are_trimmed() {
    assertThat(PlainText.collapse("  Deep\n\n   learning\tfor\u00a0speech \u2003x "))
        .isEqualTo("Deep learning for speech x");
    assertThat(PlainText.collapse("a  b")).isEqualTo("a b");
    assertThat(PlainText.collapse("trailing ")).isEqualTo("trailing");
    assertThat(PlainText.collapse("\u3000ideographic\u3000space")).isEqualTo("ideographic space");
  }

  @Test
  void blank_text_is_null() {
    assertThat(PlainText.collapse("")).isNull();
    assertThat(PlainText.collapse(" \n\t\u00a0")).isNull();
    assertThat(PlainText.collapse(null)).isNull();
  }

  @Test
  void control_characters_that_are_not_whitespace_are_kept() {
    assertThat(PlainText.collapse("a\u0001 b")).isEqualTo("a\u0001 b");
    assertThat(PlainText.collapse("é  ü")).isEqualTo("é ü");
  }
}
