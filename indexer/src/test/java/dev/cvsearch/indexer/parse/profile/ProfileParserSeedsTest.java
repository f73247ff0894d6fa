package dev.cvsearch.indexer.parse.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvsearch.indexer.model.ProfileStats;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.CollectingSink;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader against the two profile pages of the shared seeds and their gold parse. */
class ProfileParserSeedsTest {
  private static final Path SHARED = Path.of(System.getProperty("cvsearch.shared", "../shared"));
  private static final String KAI = "001_83a54be2c439a588.txt";
  private static final String NATHAN = "002_294790687d19e5cd.txt";

  private static CollectingSink parseSeed(String name) throws Exception {
    Path path = SHARED.resolve("seeds").resolve(name);
    assumeTrue(Files.isRegularFile(path), "seed file not available: " + path);
    CollectingSink sink = new CollectingSink();
    new ProfileParser().parse(new SourceFile(path, name), ParseContext.standard(), sink);
    return sink;
  }

  @Test
  void both_seed_profiles_are_sniffed_as_profiles() throws Exception {
    for (String name : List.of(KAI, NATHAN)) {
      Path path = SHARED.resolve("seeds").resolve(name);
      assumeTrue(Files.isRegularFile(path));
      assertThat(ProfileParser.sniff(Files.readString(path))).as(name).isTrue();
    }
  }

  @Test
  void kai_zhens_profile_lists_sixteen_papers_and_nothing_is_skipped() throws Exception {
    CollectingSink sink = parseSeed(KAI);

    assertThat(sink.works).hasSize(16);
    assertThat(sink.skipped).isEmpty();
    assertThat(sink.people)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Kai Zhen");
              assertThat(p.profile()).isEqualTo(new ProfileStats("cs.LG", 61, 16, 292, 52, 36));
              assertThat(p.sources()).containsExactly(KAI);
            });
  }

  @Test
  void nathan_susanjs_profile_lists_twelve_papers_and_nothing_is_skipped() throws Exception {
    CollectingSink sink = parseSeed(NATHAN);

    assertThat(sink.works).hasSize(12);
    assertThat(sink.skipped).isEmpty();
    assertThat(sink.people.get(0).name()).isEqualTo("Nathan Susanj");
    assertThat(sink.people.get(0).profile())
        .isEqualTo(new ProfileStats("cs.CL", 61, 12, 153, 54, 44));
  }

  @Test
  void the_amazon_nova_report_keeps_its_corporate_author_and_drops_the_badge() throws Exception {
    Work nova = parseSeed(KAI).works.get(0);

    assertThat(nova.title())
        .isEqualTo("The Amazon Nova Family of Models: Technical Report and Model Card");
    assertThat(nova.authors()).containsExactly("Amazon AGI", "Aaron Langford", "Aayush Shah");
    assertThat(nova.authorsComplete()).isFalse();
    assertThat(nova.venueRaw()).isNull();
    assertThat(nova.type()).isEqualTo(WorkType.TECHNICAL_REPORT);
    assertThat(nova.topics()).containsExactly("cs.AI");
    assertThat(nova.date()).isEqualTo("2025-03-17");
    assertThat(nova.year()).isEqualTo(2025);
  }

  @Test
  void seed_papers_carry_their_printed_titles_dates_and_topics() throws Exception {
    List<Work> works = parseSeed(KAI).works;

    Work sub8 = works.get(1);
    assertThat(sub8.title())
        .isEqualTo(
            "Sub-8-Bit Quantization Aware Training for 8-Bit Neural Network Accelerator with"
                + " On-Device Speech Recognition");
    assertThat(sub8.date()).isEqualTo("2022-06-30");
    assertThat(sub8.topics()).containsExactly("eess.AS");
    assertThat(sub8.authors()).containsExactly("Kai Zhen", "Hieu Duy Nguyen", "Raviteja Chinta");
    assertThat(sub8.authorsComplete()).isFalse();
    assertThat(sub8.type()).isEqualTo(WorkType.PREPRINT);
    assertThat(sub8.abstractText()).startsWith("We present a novel sub-8-bit quantization-aware");

    Work dualStaged = works.get(12);
    assertThat(dualStaged.title())
        .isEqualTo(
            "A Dual-Staged Context Aggregation Method Towards Efficient End-To-End Speech"
                + " Enhancement");
    assertThat(dualStaged.authors()).containsExactly("Kai Zhen", "Mi Suk Lee", "Minje Kim");
    assertThat(dualStaged.authorsComplete()).isTrue();
    assertThat(dualStaged.topics()).containsExactly("cs.SD");
    assertThat(dualStaged.date()).isEqualTo("2019-08-18");

    assertThat(works.get(15).topics()).containsExactly("cs.CV");
    assertThat(works.get(15).date()).isEqualTo("2017-03-15");
  }

  @Test
  void every_profile_item_matches_the_gold_parse() throws Exception {
    Path goldPath = SHARED.resolve("gold").resolve("seeds.json");
    assumeTrue(Files.isRegularFile(goldPath));
    JsonNode gold = new ObjectMapper().readTree(goldPath.toFile());
    List<Work> kai = parseSeed(KAI).works;
    List<Work> nathan = parseSeed(NATHAN).works;
    ArxivTaxonomy topics = ArxivTaxonomy.standard();

    int checked = 0;
    for (JsonNode pub : gold.get("publications")) {
      for (JsonNode source : pub.get("sources")) {
        String file = source.get("file").asText();
        List<Work> works = file.equals(KAI) ? kai : file.equals(NATHAN) ? nathan : null;
        if (works == null) {
          continue;
        }
        int position = source.get("position").asInt();
        Work work = works.get(position - 1);
        String label = file + " #" + position;
        List<String> titles = new ArrayList<>(List.of(pub.get("title").asText()));
        pub.get("title_variants").forEach(v -> titles.add(v.asText()));
        assertThat(work.title()).as(label).isIn(titles);
        assertThat(work.sources().get(0).position()).as(label).isEqualTo(position);
        assertThat(work.date()).as(label).isEqualTo(pub.get("date").asText());
        List<String> goldTopics = new ArrayList<>();
        pub.get("topics").forEach(t -> goldTopics.add(topics.resolve(t.asText()).orElseThrow()));
        assertThat(work.topics()).as(label).isEqualTo(goldTopics);
        List<String> goldAuthors = new ArrayList<>();
        // The gold keeps the CV's fuller spelling ("Feng-Ju (Claire) Chang") where the page has
        // none.
        pub.get("authors").forEach(a -> goldAuthors.add(a.asText().replaceAll(" \\(.*?\\)", "")));
        assertThat(goldAuthors).as(label).startsWith(work.authors().toArray(String[]::new));
        String goldType = pub.get("type").asText();
        if (goldType.equals("preprint") || goldType.equals("technical-report")) {
          // Only the CV knows a venue; items the profiles alone list are typed from the page.
          assertThat(work.type().label()).as(label).isEqualTo(goldType);
          assertThat(work.authorsComplete())
              .as(label)
              .isEqualTo(pub.get("authors_complete").asBoolean());
        }
        assertThat(work.abstractText()).as(label).isNotBlank();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(28);
  }
}
