package dev.cvsearch.indexer.merge;

import dev.cvsearch.indexer.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fuses the records of one person: CV facts first, profile statistics from the profile. */
final class PersonFusion {
  private PersonFusion() {}

  static Person fuse(List<Person> records) {
    // A CV (it has positions or education) names the person best; profiles come after.
    List<Person> ordered = new ArrayList<>(records);
    ordered.sort((x, y) -> Integer.compare(richness(y), richness(x)));
    Person base = ordered.get(0);
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> emails = new LinkedHashSet<>();
    Set<String> interests = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    StringBuilder text = new StringBuilder();
    var profile = base.profile();
    String homepage = base.homepage();
    for (Person p : ordered) {
      if (!p.name().equals(base.name())) {
        aliases.add(p.name());
      }
      aliases.addAll(p.aliases());
      emails.addAll(p.emails());
      interests.addAll(p.interests());
      sources.addAll(p.sources());
      if (p.text() != null) {
        text.append(text.isEmpty() ? "" : "\n\n").append(p.text());
      }
      profile = profile == null ? p.profile() : profile;
      homepage = homepage == null ? p.homepage() : homepage;
    }
    aliases.remove(base.name());
    return new Person(
        base.id(), base.name(), List.copyOf(aliases), List.copyOf(emails), homepage,
        first(ordered, Person::currentPosition), first(ordered, Person::currentOrganization),
        first(ordered, Person::location),
        ordered.stream().filter(p -> !p.positions().isEmpty()).findFirst().map(Person::positions).orElse(List.of()),
        ordered.stream().filter(p -> !p.education().isEmpty()).findFirst().map(Person::education).orElse(List.of()),
        List.copyOf(interests), profile, List.copyOf(sources), text.isEmpty() ? null : text.toString());
  }

  static Person withId(Person p, String id) {
    return new Person(id, p.name(), p.aliases(), p.emails(), p.homepage(), p.currentPosition(),
        p.currentOrganization(), p.location(), p.positions(), p.education(), p.interests(),
        p.profile(), p.sources(), p.text());
  }

  private static int richness(Person p) {
    return p.positions().size() + p.education().size() + (p.text() == null ? 0 : 1);
  }

  private static String first(List<Person> ordered, java.util.function.Function<Person, String> f) {
    return ordered.stream().map(f).filter(v -> v != null).findFirst().orElse(null);
  }
}
