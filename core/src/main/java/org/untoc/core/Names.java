package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;

/** Helpers shared by the entity types for their names and their invariants. */
final class Names {
  private Names() {}

  static Optional<String> primary(List<Name> names, NameType type) {
    for (Name n : names) {
      if (n.type() == type) {
        return Optional.of(n.text());
      }
    }
    return Optional.empty();
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
    checkArgument(primary(e.names(), NameType.OFFICIAL).isPresent(),
        "%s %s: needs at least one official name", e.kind(), e.id());
    checkArgument(!e.provenance().isEmpty(),
        "%s %s: needs at least one provenance, the source that names it", e.kind(), e.id());
    for (Name n : e.names()) {
      checkArgument(e.editions().isEmpty() || e.editions().containsAll(n.editions()),
          "%s %s: name '%s' holds in editions %s outside the entity's editions %s",
          e.kind(), e.id(), n.text(), n.editions(), e.editions());
    }
    long distinct = e.names().stream().map(n -> n.type() + "\u0000" + n.text()).distinct().count();
    checkArgument(distinct == e.names().size(), "%s %s: a name is listed twice", e.kind(), e.id());
  }
}
