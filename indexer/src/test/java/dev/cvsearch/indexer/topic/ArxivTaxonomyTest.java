package dev.cvsearch.indexer.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArxivTaxonomyTest {
  private final ArxivTaxonomy taxonomy = ArxivTaxonomy.standard();

  @Test
  void official_names_of_the_categories_our_researchers_publish_in() {
    assertThat(taxonomy.name("eess.AS")).hasValue("Audio and Speech Processing");
    assertThat(taxonomy.name("cs.LG")).hasValue("Machine Learning");
    assertThat(taxonomy.name("cs.SD")).hasValue("Sound");
    assertThat(taxonomy.name("cs.CL")).hasValue("Computation and Language");
    assertThat(taxonomy.name("cs.AI")).hasValue("Artificial Intelligence");
    assertThat(taxonomy.name("cs.CV")).hasValue("Computer Vision and Pattern Recognition");
    assertThat(taxonomy.name("stat.ML")).hasValue("Machine Learning");
    assertThat(taxonomy.name("hep-th")).hasValue("High Energy Physics - Theory");
    assertThat(taxonomy.name("cond-mat.str-el")).hasValue("Strongly Correlated Electrons");
  }

  @Test
  void every_archive_of_every_group_is_shipped() {
    Set<String> archives =
        taxonomy.all().stream().map(Category::archive).collect(Collectors.toSet());
    assertThat(archives)
        .contains(
            "cs",
            "econ",
            "eess",
            "math",
            "astro-ph",
            "cond-mat",
            "gr-qc",
            "hep-ex",
            "hep-lat",
            "hep-ph",
            "hep-th",
            "math-ph",
            "nlin",
            "nucl-ex",
            "nucl-th",
            "physics",
            "quant-ph",
            "q-bio",
            "q-fin",
            "stat");
    Set<String> groups = taxonomy.all().stream().map(Category::group).collect(Collectors.toSet());
    assertThat(groups)
        .containsExactlyInAnyOrder(
            "Computer Science",
            "Economics",
            "Electrical Engineering and Systems Science",
            "Mathematics",
            "Physics",
            "Quantitative Biology",
            "Quantitative Finance",
            "Statistics");
    Map<String, Long> perArchive =
        taxonomy.all().stream()
            .collect(Collectors.groupingBy(Category::archive, Collectors.counting()));
    assertThat(perArchive)
        .containsEntry("cs", 38L)
        .containsEntry("math", 30L)
        .containsEntry("eess", 4L)
        .containsEntry("stat", 5L)
        .containsEntry("physics", 22L)
        .containsEntry("q-bio", 10L)
        .containsEntry("q-fin", 8L)
        .containsEntry("econ", 3L);
  }

  @Test
  void a_category_knows_its_archive_and_group() {
    assertThat(taxonomy.category("eess.AS"))
        .hasValue(
            new Category(
                "eess.AS",
                "Audio and Speech Processing",
                "eess",
                "Electrical Engineering and Systems Science"));
    assertThat(taxonomy.category("quant-ph").orElseThrow().archive()).isEqualTo("quant-ph");
  }

  @Test
  void full_ids_resolve_in_any_case() {
    assertThat(taxonomy.resolve("CS.lg")).hasValue("cs.LG");
    assertThat(taxonomy.resolve("eess.as")).hasValue("eess.AS");
    assertThat(taxonomy.resolve(" cs.CL ")).hasValue("cs.CL");
    assertThat(taxonomy.resolve("Cond-Mat.Mes-Hall")).hasValue("cond-mat.mes-hall");
  }

  @Test
  void single_category_archives_resolve_without_a_subject() {
    assertThat(taxonomy.resolve("hep-th")).hasValue("hep-th");
    assertThat(taxonomy.resolve("quant-ph")).hasValue("quant-ph");
    assertThat(taxonomy.resolve("gr-qc")).hasValue("gr-qc");
    assertThat(taxonomy.resolve("GR-QC")).hasValue("gr-qc");
  }

  @Test
  void profile_short_codes_resolve_by_archive_precedence() {
    assertThat(taxonomy.resolve("LG")).hasValue("cs.LG");
    assertThat(taxonomy.resolve("AS")).hasValue("eess.AS");
    assertThat(taxonomy.resolve("SD")).hasValue("cs.SD");
    assertThat(taxonomy.resolve("CL")).hasValue("cs.CL");
    assertThat(taxonomy.resolve("AI")).hasValue("cs.AI");
    assertThat(taxonomy.resolve("CV")).hasValue("cs.CV");
    assertThat(taxonomy.resolve("IV")).hasValue("eess.IV");
    assertThat(taxonomy.resolve("SP")).hasValue("eess.SP");
    assertThat(taxonomy.resolve("ML")).hasValue("stat.ML");
    assertThat(taxonomy.resolve("ME")).hasValue("stat.ME");
    assertThat(taxonomy.resolve("CO")).hasValue("stat.CO");
    assertThat(taxonomy.resolve("AG")).hasValue("math.AG");
    assertThat(taxonomy.resolve("TH")).hasValue("econ.TH");
    assertThat(taxonomy.resolve("NC")).hasValue("q-bio.NC");
    assertThat(taxonomy.resolve("optics")).hasValue("physics.optics");
  }

  @Test
  void short_codes_in_lower_case_still_resolve() {
    assertThat(taxonomy.resolve("lg")).hasValue("cs.LG");
    assertThat(taxonomy.resolve("as")).hasValue("eess.AS");
  }

  @Test
  void aliases_resolve_to_the_category_arxiv_files_them_under() {
    assertThat(taxonomy.resolve("math.MP")).hasValue("math-ph");
    assertThat(taxonomy.resolve("stat.TH")).hasValue("math.ST");
    assertThat(taxonomy.resolve("math.IT")).hasValue("cs.IT");
    assertThat(taxonomy.resolve("q-fin.EC")).hasValue("econ.GN");
    assertThat(taxonomy.resolve("cs.SY")).hasValue("eess.SY");
    assertThat(taxonomy.resolve("eess.SY")).hasValue("eess.SY");
    assertThat(taxonomy.resolve("cs.NA")).hasValue("math.NA");
    assertThat(taxonomy.resolve("cmp-lg")).hasValue("cs.CL");
    assertThat(taxonomy.resolve("chao-dyn")).hasValue("nlin.CD");
    assertThat(taxonomy.name("cs.SY")).hasValue("Systems and Control");
  }

  @Test
  void short_codes_of_aliases_skip_to_the_canonical_category() {
    assertThat(taxonomy.resolve("SY")).hasValue("eess.SY");
    assertThat(taxonomy.resolve("NA")).hasValue("math.NA");
    assertThat(taxonomy.resolve("IT")).hasValue("cs.IT");
    assertThat(taxonomy.resolve("MP")).hasValue("math-ph");
  }

  @Test
  void aliases_are_not_listed_as_categories() {
    List<String> ids = taxonomy.all().stream().map(Category::id).toList();
    assertThat(ids).contains("eess.SY", "math.NA", "math-ph").doesNotContain("cs.SY", "math.MP");
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void unknown_codes_and_blank_text_resolve_to_nothing() {
    assertThat(taxonomy.resolve("ZZ")).isEmpty();
    assertThat(taxonomy.resolve("cs.ZZ")).isEmpty();
    assertThat(taxonomy.resolve("cs")).isEmpty();
    assertThat(taxonomy.resolve("")).isEmpty();
    assertThat(taxonomy.resolve("   ")).isEmpty();
    assertThat(taxonomy.resolve(null)).isEmpty();
    assertThat(taxonomy.name("Machine Learning")).isEmpty();
  }
}
