package dev.cvsearch.indexer.merge;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.names.PersonNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the person records of one researcher (a CV and a profile page of the same name) and links
 * works to people: the owner of the file that lists a work, and every known person whose name matches
 * one of its authors (see {@link PersonNames#sameName}: Kai Zhen is never Zhen Zhang).
 */
public final class PeopleLinker {
  private final List<List<Person>> groups = new ArrayList<>();

  public void add(Person person) {
    for (List<Person> g : groups) {
      Person first = g.get(0);
      // The same printed name is the same person (two CVs of one researcher rarely share an
      // address); a looser match ("M. Kim" = "Minje Kim") also needs a shared e-mail.
      boolean sameKey = PersonNames.key(first.name()).equals(PersonNames.key(person.name()));
      if (!PersonNames.words(first.name()).isEmpty()
          && (sameKey || PersonNames.sameName(first.name(), person.name()) && sharedEmail(first, person))) {
        g.add(person);
        return;
      }
    }
    List<Person> g = new ArrayList<>();
    g.add(person);
    groups.add(g);
  }

  /** The merged people, each with a unique id. */
  public List<Person> people() {
    List<Person> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (List<Person> g : groups) {
      Person p = PersonFusion.fuse(g);
      String id = PersonNames.key(p.name());
      String unique = id.isEmpty() ? "person" : id;
      for (int n = 2; !ids.add(unique); n++) {
        unique = id + "-" + n;
      }
      out.add(PersonFusion.withId(p, unique));
    }
    return out;
  }

  /** The works with their {@code people} links filled in. */
  public static List<Work> link(List<Work> works, List<Person> people) {
    Map<String, String> ownerByFile = new HashMap<>();
    Map<String, List<Person>> byFamily = new HashMap<>();
    for (Person p : people) {
      for (String f : p.sources()) {
        ownerByFile.put(f, p.id());
      }
      for (String name : names(p)) {
        List<String> w = PersonNames.words(name);
        if (!w.isEmpty()) {
          byFamily.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(p);
        }
      }
    }
    // Each work is linked on its own: all cores, in order.
    return works.parallelStream().map(work -> link(work, ownerByFile, byFamily)).toList();
  }

  private static Work link(
      Work work, Map<String, String> ownerByFile, Map<String, List<Person>> byFamily) {
    Set<String> linked = new LinkedHashSet<>();
    for (Source s : work.sources()) {
      String owner = ownerByFile.get(s.file());
      if (owner != null) {
        linked.add(owner);
      }
    }
    for (String author : work.authors()) {
      List<String> w = PersonNames.words(author);
      if (w.isEmpty()) {
        continue;
      }
      for (Person p : byFamily.getOrDefault(w.get(w.size() - 1), List.of())) {
        for (String name : names(p)) {
          if (PersonNames.sameName(name, author)) {
            linked.add(p.id());
            break;
          }
        }
      }
    }
    return linked.isEmpty() ? work : work.toBuilder().people(List.copyOf(linked)).build();
  }

  private static List<String> names(Person p) {
    List<String> names = new ArrayList<>();
    names.add(p.name());
    names.addAll(p.aliases());
    return names;
  }

  private static boolean sharedEmail(Person a, Person b) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    a.emails().forEach(e -> seen.put(e.toLowerCase(java.util.Locale.ROOT), true));
    return b.emails().stream().anyMatch(e -> seen.containsKey(e.toLowerCase(java.util.Locale.ROOT)));
  }
}
