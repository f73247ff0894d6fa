package dev.cvsearch.indexer.venue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import org.junit.jupiter.api.Test;

class VenueNormalizerTest {
  private final VenueNormalizer venues = VenueNormalizer.standard();

  private Venue venue(String printed) {
    return venues.normalize(printed).orElseThrow(() -> new AssertionError("no venue: " + printed));
  }

  @Test
  void proceedings_with_ordinal_place_and_dates_map_to_the_acronym() {
    Venue acl =
        venue(
            "Proceedings of the 61st Annual Meeting of the Association for Computational"
                + " Linguistics (ACL), Toronto, Canada, July 9-14, 2023");
    assertThat(acl).isEqualTo(new Venue("acl", "ACL", VenueKind.CONFERENCE));
    assertThat(
            venue(
                    "Proceedings of the 2030 Conference on Empirical Methods in Natural Language"
                        + " Processing (EMNLP 2030), Main Conference, Atlantis, March 1-3, 2030")
                .id())
        .isEqualTo("emnlp");
  }

  @Test
  void full_names_without_acronym_are_found_through_aliases() {
    assertThat(venue("In Advances in Neural Information Processing Systems 33").name())
        .isEqualTo("NeurIPS");
    assertThat(
            venue(
                    "Proc. of the IEEE International Conference on Acoustics, Speech and Signal"
                        + " Processing, 2019")
                .name())
        .isEqualTo("ICASSP");
    assertThat(venue("Transactions of the Association for Computational Linguistics").name())
        .isEqualTo("TACL");
    assertThat(venue("NIPS 2016").name()).isEqualTo("NeurIPS");
  }

  @Test
  void journals_drop_volume_issue_and_pages() {
    Venue taslp =
        venue("IEEE/ACM Transactions on Audio, Speech, and Language Processing 31 (2023): 100-112");
    assertThat(taslp).isEqualTo(new Venue("ieee-acm-taslp", "IEEE/ACM TASLP", VenueKind.JOURNAL));
    assertThat(venue("IEEE Signal Processing Letters, vol. 29, pp. 1-5, 2022").name())
        .isEqualTo("IEEE SPL");
  }

  @Test
  void findings_name_the_host_venue() {
    assertThat(venue("Findings of the Association for Computational Linguistics: EMNLP 2020"))
        .isEqualTo(new Venue("emnlp-findings", "EMNLP Findings", VenueKind.CONFERENCE));
    assertThat(
            venue("Findings of the Association for Computational Linguistics: NAACL 2022").name())
        .isEqualTo("NAACL Findings");
    assertThat(venue("Findings of ACL").name()).isEqualTo("ACL Findings");
  }

  @Test
  void workshops_at_a_host_venue_are_host_workshops() {
    assertThat(
            venue(
                "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern"
                    + " Recognition (CVPR) Workshop on Fictional Vision, 2031"))
        .isEqualTo(new Venue("cvpr-workshop", "CVPR Workshop", VenueKind.WORKSHOP));
    assertThat(venue("Proceedings of the NeurIPS Workshop on Imaginary Agents (NeurIPS-IMAG)"))
        .isEqualTo(new Venue("neurips-workshop-imag", "NeurIPS Workshop IMAG", VenueKind.WORKSHOP));
  }

  @Test
  void dictionary_kind_wins_over_the_word_workshop() {
    assertThat(venue("IEEE Workshop on Spoken Language Technology (IEEE SLT), Somewhere, 2030"))
        .isEqualTo(new Venue("ieee-slt", "IEEE SLT", VenueKind.CONFERENCE));
    assertThat(
            venue("Proceedings of the 14th International Workshop on Semantic Evaluation").name())
        .isEqualTo("SemEval");
  }

  @Test
  void unknown_venue_keeps_a_cleaned_name_and_a_kind_from_its_words() {
    assertThat(venue("The 3rd Annual Northern Lakes Linguistics Conference, 2019"))
        .isEqualTo(
            new Venue(
                "northern-lakes-linguistics-conference",
                "Northern Lakes Linguistics Conference",
                VenueKind.CONFERENCE));
    assertThat(
            venue(
                    "The Dreaming Machine II: Notes on Imagined Methods Symposium, Reno, NV, in"
                        + " May, 2016")
                .name())
        .isEqualTo("Dreaming Machine II Symposium");
    assertThat(venue("Journal of Imaginary Results 12(3): 45-67").kind())
        .isEqualTo(VenueKind.JOURNAL);
  }

  @Test
  void unknown_venue_with_parenthesised_acronym_is_named_by_it() {
    assertThat(venue("Contoso Research Conference (CRC), 2021").name()).isEqualTo("CRC");
    assertThat(venue("Contoso Research Conference (CRC) Workshop on Widgets, 2020"))
        .isEqualTo(new Venue("crc-workshop", "CRC Workshop", VenueKind.WORKSHOP));
    assertThat(venue("Proceedings of the 2nd Workshop on Invented Tasks (WIT 2024)"))
        .isEqualTo(new Venue("wit", "WIT", VenueKind.WORKSHOP));
  }

  @Test
  void no_venue_markers_and_patents_give_empty() {
    assertThat(venues.normalize("in submission")).isEmpty();
    assertThat(venues.normalize("Under review")).isEmpty();
    assertThat(venues.normalize("[submitted to ICML 2030]")).isEmpty();
    assertThat(venues.normalize("  ")).isEmpty();
    assertThat(venues.normalize(null)).isEmpty();
    assertThat(venues.normalize("U.S. Patent Application 12/345,678, filed May 1, 2020")).isEmpty();
    assertThat(venues.normalize("US12345678B2")).isEmpty();
  }

  @Test
  void arxiv_preprints_map_to_the_preprint_server() {
    assertThat(venue("arXiv preprint arXiv:2101.00001"))
        .isEqualTo(new Venue("arxiv", "arXiv", VenueKind.PREPRINT_SERVER));
    assertThat(venue("CoRR abs/1901.00001").id()).isEqualTo("arxiv");
  }

  @Test
  void repeated_calls_return_the_same_answer() {
    String printed = "ICLR 2030";
    assertThat(venues.normalize(printed)).isEqualTo(venues.normalize(printed));
    assertThat(venue(printed).name()).isEqualTo("ICLR");
  }
}
