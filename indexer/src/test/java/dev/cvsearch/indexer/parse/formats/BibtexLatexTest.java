package dev.cvsearch.indexer.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BibtexLatexTest {

  @Test
  void accents_in_every_spelling_compose_to_unicode() {
    assertThat(BibtexLatex.toUnicode("{\\\"u} \\'{e} \\c{c} \\c c {\\'\\i} \\v{S} \\H{o} \\~n"))
        .isEqualTo("ü é ç ç í Š ő ñ");
  }

  @Test
  void letters_escapes_and_dashes_become_characters() {
    assertThat(BibtexLatex.toUnicode("Stra\\ss e, {\\o}re, \\& 50\\% -- 1990---2000"))
        .isEqualTo("Straße, øre, & 50% – 1990—2000");
  }

  @Test
  void case_protecting_braces_and_markup_go() {
    assertThat(BibtexLatex.toUnicode("{BERT} for \\emph{Low-Resource} {L}anguages"))
        .isEqualTo("BERT for Low-Resource Languages");
  }

  @Test
  void a_tie_is_a_space_but_a_tilde_next_to_a_space_stays() {
    assertThat(BibtexLatex.toUnicode("Fig.~3 (~ 85%)")).isEqualTo("Fig. 3 (~ 85%)");
  }

  @Test
  void single_token_math_loses_its_dollars_but_prices_keep_theirs() {
    assertThat(BibtexLatex.toUnicode("$k$-means on $\\alpha$ costs $5 or $7"))
        .isEqualTo("k-means on α costs $5 or $7");
  }

  @Test
  void glued_symbols_split_and_unknown_commands_stay() {
    assertThat(BibtexLatex.toUnicode("En\\rightarrowDe with \\foo")).isEqualTo("En→De with \\foo");
  }

  @Test
  void plain_text_is_only_whitespace_collapsed() {
    assertThat(BibtexLatex.toUnicode("  Plain\n   title ")).isEqualTo("Plain title");
    assertThat(BibtexLatex.toUnicode("  ")).isNull();
  }
}
