package dev.cvsearch.indexer.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.parse.Extractor;
import dev.cvsearch.indexer.parse.ParseContext;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The binary stored forms give back exactly what was stored, for every record of the seeds. */
class StoredFormsTest {
  private static Extraction seeds;

  @BeforeAll
  static void extract() {
    seeds = new Extractor(ParseContext.standard(), f -> {})
        .extract(List.of(SharedData.resolve("seeds")));
  }

  @Test
  void every_seed_work_comes_back_from_its_stored_record_unchanged() {
    assertThat(seeds.works()).hasSize(65);
    for (Work w : seeds.works()) {
      assertThat(StoredWork.decode(StoredWork.encode(w))).isEqualTo(w);
    }
  }

  @Test
  void a_work_without_venue_year_or_sources_comes_back_too() {
    Work bare = Work.builder("A bare title").build();
    assertThat(StoredWork.decode(StoredWork.encode(bare))).isEqualTo(bare);
  }

  @Test
  void the_stored_hits_of_works_and_people_carry_what_a_result_list_shows() {
    for (Work w : seeds.works()) {
      StoredHit h = StoredHit.decode(StoredHit.of(w).encode());
      assertThat(h).isEqualTo(StoredHit.of(w));
      assertThat(h.person()).isFalse();
      assertThat(h.title()).isEqualTo(w.title());
      assertThat(h.people()).isEqualTo(w.people());
    }
    for (Person p : seeds.people()) {
      StoredHit h = StoredHit.decode(StoredHit.of(p).encode());
      assertThat(h.person()).isTrue();
      assertThat(h.title()).isEqualTo(p.name());
    }
  }

  @Test
  void bytes_of_another_format_are_refused_with_a_reason() {
    assertThatThrownBy(() -> StoredWork.decode(new BytesRef(new byte[] {9, 1, 2})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a stored work");
    assertThatThrownBy(() -> StoredHit.decode(new BytesRef(new byte[0])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a stored hit");
  }
}
