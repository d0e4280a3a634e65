package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Registry;

/** Assertions on registries, which do not define equality themselves. */
final class Registries {
  private Registries() {}

  /** Asserts that two registries have equal editions in order, equal entities and equal relations. */
  static void assertSameRegistry(Registry expected, Registry actual) {
    assertEquals(expected.editions(), actual.editions(), "editions");
    assertEquals(byId(expected), byId(actual), "entities");
    assertEquals(expected.relations().size(), actual.relations().size(), "number of relations");
    assertEquals(new HashSet<>(expected.relations()), new HashSet<>(actual.relations()), "relations");
  }

  private static Map<EntityId, Entity> byId(Registry r) {
    return r.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }
}
