package dev.cvsearch.indexer.venue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.model.Venue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AclBooktitleTest {
  private static final Pattern BOOKTITLE = Pattern.compile("^\\s*booktitle = \"(.*)\",?\\s*$");
  private final VenueNormalizer venues = VenueNormalizer.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Proceedings of the 57th Annual Meeting of the Association for Computational"
            + " Linguistics|acl",
        "Proceedings of the 2019 Conference of the North American Chapter of the Association for"
            + " Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short"
            + " Papers)|naacl",
        "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and"
            + " the 9th International Joint Conference on Natural Language Processing"
            + " (EMNLP-IJCNLP)|emnlp",
        "Proceedings of the 28th International Conference on Computational Linguistics|coling",
        "Proceedings of COLING 2016, the 26th International Conference on Computational"
            + " Linguistics: Technical Papers|coling",
        "Proceedings of the Ninth International Conference on Language Resources and Evaluation"
            + " (LREC'14)|lrec",
        "Proceedings of the 12th Language Resources and Evaluation Conference|lrec",
        "Proceedings of the Fourth Conference on Machine Translation (Volume 2: Shared Task Papers,"
            + " Day 1)|wmt",
        "Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021|acl-findings",
        "Proceedings of the 10th International Workshop on Semantic Evaluation"
            + " (SemEval-2016)|semeval",
        "Proceedings of the 5th Workshop on Noisy User-generated Text (W-NUT 2019)|wnut",
        "Proceedings of the 16th Conference of the European Chapter of the Association for"
            + " Computational Linguistics: Main Volume|eacl",
        "Human Language Technologies: The 2010 Annual Conference of the North American Chapter of"
            + " the Association for Computational Linguistics|naacl",
        "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics"
            + " and the 11th International Joint Conference on Natural Language Processing (Volume"
            + " 1: Long Papers)|acl",
        "Proceedings of the 23rd Conference on Computational Natural Language Learning"
            + " (CoNLL)|conll",
        "Proceedings of Machine Translation Summit XVII: Research Track|mtsummit",
        "Proceedings of the Sixth International Joint Conference on Natural Language"
            + " Processing|ijcnlp",
      })
  void frequent_acl_booktitles_map_to_their_venue(String booktitle, String id) {
    assertThat(venues.normalize(booktitle)).map(Venue::id).contains(id);
  }

  @Test
  @Tag("slow")
  void most_acl_anthology_booktitles_map_to_a_dictionary_venue() throws IOException {
    Path bib =
        SharedData.root()
            .resolve("data/acl-anthology/anthology+abstracts.bib.gz");
    Assumptions.assumeTrue(Files.exists(bib), "ACL Anthology BibTeX not available");
    long known = 0;
    long unknown = 0;
    long empty = 0;
    Map<String, Long> unknownNames = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(bib)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        Matcher m = BOOKTITLE.matcher(line);
        if (!m.matches()) {
          continue;
        }
        Optional<Venue> venue = venues.normalize(m.group(1));
        if (venue.isEmpty()) {
          empty++;
        } else if (venues.isKnown(venue.get())) {
          known++;
        } else {
          unknown++;
          unknownNames.merge(venue.get().name(), 1L, Long::sum);
        }
      }
    }
    long total = known + unknown + empty;
    System.out.printf(
        Locale.ROOT,
        "ACL booktitles: %d entries, dictionary venue %.1f%%, unknown cleaned name %.1f%%,"
            + " empty %d%n",
        total,
        100.0 * known / total,
        100.0 * unknown / total,
        empty);
    unknownNames.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(30)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
    assertThat((double) known / total).isGreaterThan(0.9);
  }
}
