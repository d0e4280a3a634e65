package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.untoc.core.EntityId;

/** The table of entity ids of one document, against a map, whatever the lanes and the order. */
class EntityIdsProperties {
  @Provide
  Arbitrary<List<String>> slugs() {
    // few letters, so that ids are prefixes of others and hashes collide in the table's slots
    return Arbitraries.strings().withChars("ab-1y").ofMinLength(0).ofMaxLength(6)
        .map(s -> "x" + s + "y").list().ofMinSize(0).ofMaxSize(600);
  }

  @Property(tries = 300)
  void findsEachIdAddedAsTheSameObjectAndNoOther(@ForAll("slugs") List<String> texts,
      @ForAll @IntRange(max = 1000) int seed) {
    EntityIds table = new EntityIds(JsonInput.LANES);
    Map<String, EntityId> added = new HashMap<>();
    Random random = new Random(seed);
    List<String> looked = new ArrayList<>();
    for (String text : texts) {
      // lookups in any lane, of ids added and not, in order, repeated and at random
      int lane = random.nextInt(JsonInput.LANES);
      String probe = random.nextInt(4) == 0 && !looked.isEmpty()
          ? looked.get(random.nextInt(looked.size())) : text;
      looked.add(probe);
      char[] chars = ("  " + probe + " ").toCharArray();
      EntityId expected = added.get(probe);
      if (expected == null && random.nextBoolean()) {
        // added as an entity declares it, without a lookup first
        EntityId id = EntityId.of(probe);
        table.add(lane, id);
        added.put(probe, id);
        continue;
      }
      EntityId found = table.find(lane, chars, 2, probe.length());
      if (expected == null) {
        assertNull(found, probe);
        EntityId id = EntityId.of(probe);
        table.add(lane, id);
        added.put(probe, id);
      } else {
        assertSame(expected, found, probe);
      }
    }
    for (Map.Entry<String, EntityId> e : added.entrySet()) {
      char[] chars = e.getKey().toCharArray();
      assertSame(e.getValue(), table.find(random.nextInt(JsonInput.LANES), chars, 0, chars.length));
    }
    char[] absent = "absent".toCharArray();
    assertEquals(null, table.find(0, absent, 0, absent.length));
  }
}
