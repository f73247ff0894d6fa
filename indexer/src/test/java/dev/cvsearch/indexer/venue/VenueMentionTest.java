package dev.cvsearch.indexer.venue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VenueMentionTest {
  private final VenueNormalizer venues = VenueNormalizer.standard();

  private VenueMention mention(String text) {
    return venues.findMention(text).orElseThrow(() -> new AssertionError("no mention: " + text));
  }

  @Test
  void acceptance_cue_with_acronym_and_year_is_a_mention() {
    VenueMention m = mention("Accepted to ICCV 2025");
    assertThat(m.venue().id()).isEqualTo("iccv");
    assertThat(m.year()).isEqualTo(2025);
    assertThat(m.workshop()).isFalse();
  }

  @Test
  void year_glued_to_the_acronym_is_read() {
    VenueMention m = mention("CVPR2026");
    assertThat(m.venue().name()).isEqualTo("CVPR");
    assertThat(m.year()).isEqualTo(2026);
  }

  @Test
  void workshop_at_a_venue_is_flagged_and_named_after_its_host() {
    VenueMention m = mention("To appear in NeurIPS 2024 Workshop on Efficient Imaginary Systems");
    assertThat(m.workshop()).isTrue();
    assertThat(m.year()).isEqualTo(2024);
    assertThat(m.venue())
        .isEqualTo(new Venue("neurips-workshop", "NeurIPS Workshop", VenueKind.WORKSHOP));
  }

  @Test
  void findings_after_the_venue_give_the_findings_venue() {
    VenueMention m = mention("12 pages, 5 figures, accepted at ACL 2025 Findings");
    assertThat(m.venue().name()).isEqualTo("ACL Findings");
    assertThat(m.year()).isEqualTo(2025);
    assertThat(mention("Findings of EMNLP 2023").venue().id()).isEqualTo("emnlp-findings");
  }

  @Test
  void capitalised_and_cue_only_mentions_are_found() {
    assertThat(mention("INTERSPEECH 2022").venue().name()).isEqualTo("Interspeech");
    VenueMention journal = mention("accepted by IEEE/ACM TASLP");
    assertThat(journal.venue().name()).isEqualTo("IEEE/ACM TASLP");
    assertThat(journal.year()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12 pages, 5 figures",
        "We use the ICML-style template",
        "oracle acl dataset with miracle results",
        "Submitted to NeurIPS 2024",
        "Under review at ICLR 2025",
        "Oracle results on the ACL anthology",
        "See Table 2 for pages and results",
        "arXiv 2024",
      })
  void plain_words_and_submissions_are_not_mentions(String text) {
    assertThat(venues.findMention(text)).isEmpty();
  }
}
