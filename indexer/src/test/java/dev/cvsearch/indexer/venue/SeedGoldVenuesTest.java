package dev.cvsearch.indexer.venue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.model.Venue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed CVs' printed venues against the gold answer's normalised names. */
class SeedGoldVenuesTest {
  private final VenueNormalizer venues = VenueNormalizer.standard();

  @Test
  void seed_venue_strings_map_to_the_gold_venue_names() throws IOException {
    Path gold =
        SharedData.root().resolve("gold/seeds.json");
    Assumptions.assumeTrue(Files.exists(gold), "gold seeds not available");
    JsonNode publications = new ObjectMapper().readTree(gold.toFile()).path("publications");
    int total = 0;
    int right = 0;
    for (JsonNode pub : publications) {
      JsonNode raw = pub.path("venue_raw");
      if (raw.isNull() || raw.isMissingNode()) {
        continue;
      }
      String expected = pub.path("venue").isNull() ? null : pub.path("venue").asText();
      String actual = venues.normalize(raw.asText()).map(Venue::name).orElse(null);
      boolean ok = Objects.equals(expected, actual);
      total++;
      right += ok ? 1 : 0;
      System.out.printf(
          Locale.ROOT,
          "%s %s <- %s (gold %s)%n",
          ok ? "ok  " : "MISS",
          actual,
          raw.asText(),
          expected);
    }
    System.out.printf(Locale.ROOT, "seed venues right: %d/%d%n", right, total);
    assertThat(total).isPositive();
    assertThat((double) right / total).isGreaterThanOrEqualTo(0.95);
  }
}
