package dev.cvsearch.indexer.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void initials_diacritics_inversion_and_nicknames_match_the_same_person() {
    assertThat(PersonNames.sameName("M. Kim", "Minje Kim")).isTrue();
    assertThat(PersonNames.sameName("Kim, Minje", "Minje Kim")).isTrue();
    assertThat(PersonNames.sameName("Jürgen Vogt", "Jurgen Vogt")).isTrue();
    assertThat(PersonNames.sameName("Feng-Ju (Claire) Chang", "Feng-Ju Chang")).isTrue();
    assertThat(PersonNames.sameName("Hieu Nguyen", "Hieu Duy Nguyen")).isTrue();
    assertThat(PersonNames.sameName("Seung Kwon Beack", "Seungkwon Beack")).isTrue();
    assertThat(PersonNames.sameName("KAI ZHEN", "Kai Zhen")).isTrue();
  }

  @Test
  void different_people_with_overlapping_names_never_match() {
    assertThat(PersonNames.sameName("Kai Zhen", "Zhen Zhang")).isFalse();
    assertThat(PersonNames.sameName("Kai Zhen", "Kai Wei")).isFalse();
    assertThat(PersonNames.sameName("Zhaofeng Sun", "Zhenfeng Su")).isFalse();
    assertThat(PersonNames.sameName("Kaizhao Liang", "Chen Liang")).isFalse();
    assertThat(PersonNames.sameName("Bo Li", "Bo Liu")).isFalse();
    assertThat(PersonNames.sameName("Lena Park", "Lena Parker")).isFalse();
    assertThat(PersonNames.sameName("Yifan Yang", "Yi Yang")).isFalse();
  }

  @Test
  void keys_are_stable_slugs() {
    assertThat(PersonNames.key("Kai Zhen")).isEqualTo("kai-zhen");
    assertThat(PersonNames.key("Zoë Abernethy")).isEqualTo("zoe-abernethy");
    assertThat(PersonNames.key("Feng-Ju (Claire) Chang")).isEqualTo("fengju-chang");
  }

  @Test
  void name_shapes_are_told_from_titles_and_job_titles() {
    assertThat(PersonNames.looksLikeName("Jacky. Y. Zhang")).isTrue();
    assertThat(PersonNames.looksLikeName("David A. Forsyth")).isTrue();
    assertThat(PersonNames.looksLikeName("Ludwig van Beethoven")).isTrue();
    assertThat(PersonNames.looksLikeName("Deep Learning for Speech")).isFalse();
    assertThat(PersonNames.looksLikeName("ARCHITECTURAL DESIGNER")).isFalse();
    assertThat(PersonNames.looksLikeName("Kai Zhen 2024")).isFalse();
  }
}
