package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;

/** Helpers shared by the entity types for their names and their invariants. */
final class Names {
  private Names() {}

  static Optional<String> primary(List<Name> names, NameType type) {
    int i = indexOf(names, type);
    return i < 0 ? Optional.empty() : Optional.of(names.get(i).text());
  }

  /**
   * Returns the position of the first name of a type, or -1. By index, as every entity is
   * checked with it when it is made: the lists are Guava's, with random access.
   */
  private static int indexOf(List<Name> names, NameType type) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).type() == type) {
        return i;
      }
    }
    return -1;
  }

  static Optional<String> in(List<Name> names, NameType type, EditionId edition) {
    for (Name n : names) {
      if (n.type() == type && n.holdsIn(edition)) {
        return Optional.of(n.text());
      }
    }
    return Optional.empty();
  }

  /** Checks the invariants every entity shares; called from each subtype's check. */
  static void checkEntity(Entity e) {
    checkArgument(indexOf(e.names(), NameType.OFFICIAL) >= 0,
        "%s %s: needs at least one official name", e.kind(), e.id());
    checkArgument(!e.provenance().isEmpty(),
        "%s %s: needs at least one provenance, the source that names it", e.kind(), e.id());
    if (!e.editions().isEmpty()) {
      for (Name n : e.names()) {
        checkArgument(e.editions().containsAll(n.editions()),
            "%s %s: name '%s' holds in editions %s outside the entity's editions %s",
            e.kind(), e.id(), n.text(), n.editions(), e.editions());
      }
    }
    if (!e.editions().isEmpty()) {
      for (Description d : e.descriptions()) {
        checkArgument(e.editions().containsAll(d.editions()),
            "%s %s: description '%s' holds in editions %s outside the entity's editions %s",
            e.kind(), e.id(), d.text(), d.editions(), e.editions());
      }
    }
    checkArgument(distinct(e.names()), "%s %s: a name is listed twice", e.kind(), e.id());
    if (e.established().isPresent() && e.ended().isPresent()) {
      checkArgument(!e.established().get().date().firstDay().isAfter(e.ended().get().date().lastDay()),
          "%s %s: ended (%s) before it was established (%s)", e.kind(), e.id(), e.ended().get().date(),
          e.established().get().date());
    }
  }

  /**
   * Returns true if no two names of the same type and text hold in a common edition. The same
   * name may be listed once for each of two disjoint sets of editions, each with the source that
   * states it there: the brochure and the overview each name the Conference Support Section.
   */
  private static boolean distinct(List<Name> names) {
    for (int i = 0; i < names.size(); i++) {
      Name a = names.get(i);
      for (int j = i + 1; j < names.size(); j++) {
        Name b = names.get(j);
        if (a.type() == b.type() && a.text().equals(b.text()) && (a.editions().isEmpty()
            || b.editions().isEmpty() || a.editions().stream().anyMatch(b.editions()::contains))) {
          return false;
        }
      }
    }
    return true;
  }
}
