package dev.cvsearch.indexer.schema.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymMinerTest {
  @Test
  void bracketed_acronym_after_its_long_form_is_mined() {
    AcronymMiner miner = new AcronymMiner();
    List<String> texts = List.of(
        "We study automatic speech recognition (ASR) on device.",
        "Mixture of Experts (MoE) layers scale large language models (LLMs) cheaply.");
    texts.forEach(miner::add);
    assertThat(miner.pairs(texts::stream)).extracting(p -> p.acronym() + "=" + p.longForm())
        .contains("ASR=automatic speech recognition", "MoE=mixture of experts",
            "LLM=large language models");
  }

  @Test
  void brackets_that_do_not_spell_the_words_before_them_are_ignored() {
    AcronymMiner miner = new AcronymMiner();
    List<String> texts = List.of("We train on the new corpus (LDC) quickly.",
        "Results on the test set (Table 2) are shown.");
    texts.forEach(miner::add);
    assertThat(miner.pairs(texts::stream)).isEmpty();
  }

  @Test
  void acronyms_also_used_as_ordinary_words_are_dropped() {
    AcronymMiner miner = new AcronymMiner();
    List<String> texts = List.of("computerized adaptive testing (CAT) works",
        "the cat sat", "a cat again");
    texts.forEach(miner::add);
    assertThat(miner.pairs(texts::stream)).isEmpty();
  }

  @Test
  void mined_pairs_become_synonyms() {
    var map = AcronymSynonyms.build(List.of(new AcronymPair("KWS", "keyword spotting", 3)));
    var qb = new org.apache.lucene.util.QueryBuilder(
        dev.cvsearch.indexer.schema.Schema.queryAnalyzer(map));
    assertThat(qb.createBooleanQuery("body", "KWS").toString()).contains("body:keyword");
  }
}
