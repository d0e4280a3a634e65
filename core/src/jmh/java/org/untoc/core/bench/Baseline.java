package org.untoc.core.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;

/**
 * What a hand-written implementation would build for one edition: plain hash maps by id and by
 * lower-cased name, and adjacency lists for parts, parents and programmes. No integrity checks.
 */
final class Baseline {
  final Map<EntityId, Entity> byId = new HashMap<>();
  final Map<String, Entity> byName = new HashMap<>();
  final Map<EntityId, List<Entity>> children = new HashMap<>();
  final Map<EntityId, Entity> parent = new HashMap<>();
  final Map<EntityId, List<Programme>> programmes = new HashMap<>();

  Baseline(List<Entity> entities, List<Relation> relations, EditionId edition) {
    for (Entity e : entities) {
      if (e.holdsIn(edition)) {
        byId.put(e.id(), e);
        for (Name n : e.names()) {
          byName.put(n.text().toLowerCase(Locale.ROOT), e);
        }
      }
    }
    for (Relation r : relations) {
      Entity from = byId.get(r.from());
      Entity to = byId.get(r.to());
      if (!r.holdsIn(edition) || from == null || to == null) {
        continue;
      }
      if (r.kind() == RelationKind.PART_OF) {
        children.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(from);
        parent.put(r.from(), to);
      } else if (r.kind() == RelationKind.RUNS) {
        programmes.computeIfAbsent(r.from(), k -> new ArrayList<>()).add((Programme) to);
      }
    }
  }
}
