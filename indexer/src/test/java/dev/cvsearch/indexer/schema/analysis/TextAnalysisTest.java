package dev.cvsearch.indexer.schema.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** The must-show analysis cases of the index issue, at the analyzer level. */
class TextAnalysisTest {
  private static final Analyzer INDEX = Schema.indexAnalyzer();
  private static final Analyzer QUERY = Schema.queryAnalyzer();

  private static Set<String> indexed(String text) {
    return Tokens.terms(INDEX, Fields.BODY, text);
  }

  private static Set<String> queried(String text) {
    return Tokens.terms(QUERY, Fields.BODY, text);
  }

  @Test
  void british_and_american_spellings_index_to_the_same_terms() {
    assertThat(indexed("quantisation")).isEqualTo(indexed("quantization"));
    assertThat(indexed("optimise optimised optimising"))
        .isEqualTo(indexed("optimize optimized optimizing"));
    assertThat(indexed("modelling colour behaviour centre analyse"))
        .isEqualTo(indexed("modeling color behavior center analyze"));
    assertThat(indexed("behavioural tumour haemoglobin oestrogen"))
        .isEqualTo(indexed("behavioral tumor hemoglobin estrogen"));
    // Each rule's cheap pre-check must let its words through, inflected ones too.
    assertThat(indexed("centring fibres manoeuvred favourites colourless diarrhoea orthopaedic"))
        .isEqualTo(indexed("centering fibers maneuvered favorites colorless diarrhea orthopedic"));
    assertThat(indexed("programmes judgement grey tyre"))
        .isEqualTo(indexed("programs judgment gray tire"));
  }

  @Test
  void hyphenated_words_split_to_the_same_tokens_as_the_word_delimiter() {
    Analyzer shortcut = chain(in -> new CompoundSplitter(in, TextAnalyzer.INDEX_FLAGS));
    Analyzer delimiter = chain(in -> new FlattenGraphFilter(
        new WordDelimiterGraphFilter(in, TextAnalyzer.INDEX_FLAGS, null)));
    assertThat(Tokens.detailed(shortcut, Fields.BODY, "fine-tuning")).containsExactly(
        "fine-tuning@0/2[0-11]", "finetuning@0/2[0-11]", "fine@0/1[0-11]", "tuning@1/1[0-11]");
    for (String text : new String[] {"a state-of-the-art model", "3D real-world x-y",
        "GPT-4 fine-tuning", "e.g. fine-tuning- -pre trained--model", "Jean-Pierre Dupont-Moretti",
        "RNN-T and x-y-z"}) {
      assertThat(Tokens.detailed(shortcut, Fields.BODY, text))
          .as(text)
          .isEqualTo(Tokens.detailed(delimiter, Fields.BODY, text));
    }
  }

  private static Analyzer chain(java.util.function.UnaryOperator<TokenStream> splitter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new CompoundTokenizer();
        return new TokenStreamComponents(source, splitter.apply(new WordFolding(source, false)));
      }
    };
  }

  @Test
  void spelling_rules_leave_words_that_are_the_same_in_both() {
    for (String w : new String[] {"precise", "promising", "supervised", "exercise", "expertise",
        "noise", "raise", "four", "hour", "your", "tour", "filled", "called", "controlled",
        "spelled", "compelled", "analysis", "journal", "resource"}) {
      assertThat(BritishSpellings.americanize(w)).as(w).isEqualTo(w);
    }
    assertThat(BritishSpellings.americanize("unsupervised")).isEqualTo("unsupervised");
    assertThat(BritishSpellings.americanize("labelled")).isEqualTo("labeled");
    assertThat(BritishSpellings.americanize("fuelled")).isEqualTo("fueled");
    assertThat(BritishSpellings.americanize("signalling")).isEqualTo("signaling");
    assertThat(BritishSpellings.americanize("centred")).isEqualTo("centered");
    assertThat(BritishSpellings.americanize("metres")).isEqualTo("meters");
    assertThat(BritishSpellings.americanize("leukaemia")).isEqualTo("leukemia");
  }

  @Test
  void compound_spellings_are_normalised_word_by_word() {
    assertThat(indexed("quantisation-aware")).isEqualTo(indexed("quantization-aware"));
  }

  @Test
  void wanda_plus_plus_is_a_term_of_its_own_and_also_matches_wanda() {
    assertThat(indexed("Wanda++ prunes")).contains("wanda++", "wanda");
    assertThat(indexed("Wanda prunes")).contains("wanda").doesNotContain("wanda++");
    assertThat(queried("Wanda++")).contains("wanda++");
    assertThat(indexed("C++ and C#")).contains("c++", "c#");
  }

  @Test
  void rnn_t_v_n_m_2_4_and_sub_8_bit_are_findable_as_typed_and_by_parts() {
    assertThat(indexed("RNN-T models")).contains("rnn-t", "rnn", "t", "rnnt");
    assertThat(indexed("V:N:M sparsity")).contains("v:n:m", "v", "n", "m");
    assertThat(indexed("2:4 sparsity")).contains("2:4", "2", "4");
    assertThat(indexed("sub-8-bit quantization")).contains("sub-8-bit", "sub", "8", "bit");
    assertThat(indexed("wav2vec 2.0")).contains("wav2vec", "2.0");
    assertThat(indexed("GPT-4o")).contains("gpt-4o", "gpt");
    for (String q : new String[] {"RNN-T", "V:N:M", "2:4", "sub-8-bit", "wav2vec"}) {
      assertThat(queried(q)).as(q).contains(q.toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void brackets_and_sentence_punctuation_do_not_stick_to_words() {
    assertThat(indexed("speech recognition (ASR), and \"RNN-T\".")).containsExactly(
        "speech", "asr", "recognit", "rnn-t", "rnnt", "rnn", "t");
  }

  @Test
  void lion_never_matches_million() {
    assertThat(indexed("a million parameters")).doesNotContain("lion");
    assertThat(queried("Lion")).containsExactly("lion");
    assertThat(indexed("the Lion optimizer")).contains("lion");
  }

  @Test
  void stop_words_leave_the_same_gaps_at_index_and_query_time() {
    assertThat(Tokens.detailed(INDEX, Fields.BODY, "lion in a million"))
        .containsExactly("lion@0/1[0-4]", "million@3/1[10-17]");
    assertThat(Tokens.detailed(Schema.plainQueryAnalyzer(), Fields.BODY, "lion in a million"))
        .containsExactly("lion@0/1[0-4]", "million@3/1[10-17]");
  }

  @Test
  void possessives_and_accents_are_folded() {
    assertThat(indexed("the model's résumé")).isEqualTo(indexed("model resume"));
  }

  @Test
  void a_long_form_is_indexed_with_its_acronym_which_is_what_queries_look_up() {
    assertThat(indexed("automatic speech recognition")).contains("asr", "automat", "recognit");
    assertThat(queried("automatic speech recognition")).containsExactly("asr");
    assertThat(queried("ASR")).containsExactly("asr");
    assertThat(indexed("large language models")).contains("llm", "lm", "larg");
    assertThat(queried("LLMs")).containsExactly("llm");
    assertThat(queried("large language models")).containsExactly("llm");
    assertThat(indexed("a mixture of experts layer")).contains("moe");
    assertThat(queried("mixture of experts")).containsExactly("moe");
  }

  @Test
  void the_added_acronym_sits_on_the_first_word_and_spans_the_long_form() {
    assertThat(Tokens.detailed(INDEX, Fields.BODY, "we use speech recognition"))
        .containsExactly(
            "we@0/1[0-2]", "us@1/1[3-6]", "speech@2/1[7-13]", "asr@2/1[7-25]",
            "recognit@3/1[14-25]");
  }

  @Test
  void phrases_expand_acronyms_and_long_forms_both_ways() {
    QueryBuilder qb = new QueryBuilder(Schema.phraseAnalyzer());
    assertThat(qb.createPhraseQuery(Fields.BODY, "ASR systems").toString())
        .contains("asr", "automat speech recognit");
  }

  @Test
  void acronyms_alone_are_not_expanded_at_index_time() {
    assertThat(indexed("ASR")).containsExactly("asr");
    assertThat(indexed("speech and recognition")).doesNotContain("asr");
  }

  @Test
  void author_names_are_folded_but_not_stemmed() {
    assertThat(Tokens.terms(INDEX, Fields.AUTHORS, "Jean-Pierre Müller Andrews"))
        .contains("jean-pierre", "jean", "pierre", "muller", "andrews");
  }
}
