package org.untoc.core.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Registry;
import org.untoc.core.Synthetic;

/**
 * A synthetic registry of one size, its latest edition, and the plain Java structures a
 * hand-written implementation would build for the same questions: the baselines.
 */
final class Fixture {
  static final int EDITIONS = 3;
  static final long SEED = 20261122L;
  static final int KEYS = 1024;
  private static final Map<Integer, Fixture> CACHE = new ConcurrentHashMap<>();

  final Registry.Builder builder;
  final Registry registry;
  final EditionView view;
  final int units;

  /** The baseline: plain hash maps and adjacency lists of the latest edition. */
  final Baseline baseline;

  /** Keys to look up and ids to start from, the same for the registry and the baselines. */
  final EntityId[] ids = new EntityId[KEYS];
  final String[] aliases = new String[KEYS];
  final EntityId[] branches = new EntityId[KEYS];
  final EntityId[] parents = new EntityId[KEYS];
  final EntityId[] leaves = new EntityId[KEYS];

  static Fixture of(int size) {
    return CACHE.computeIfAbsent(size, Fixture::new);
  }

  private Fixture(int size) {
    builder = Synthetic.builder(size, EDITIONS, SEED);
    registry = builder.build();
    view = registry.latestView();
    units = Math.max(2, size / 10);
    baseline = new Baseline(registry.entities(), registry.relations(), view.editionId());
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
    List<Entity> all = view.entities();
    int firstLeaf = (units - 2) / Synthetic.FAN_OUT + 1;
    int upper = Math.min(firstLeaf, 1 + Synthetic.FAN_OUT + Synthetic.FAN_OUT * Synthetic.FAN_OUT);
    for (int i = 0; i < KEYS; i++) {
      Entity e = all.get(random.nextInt(all.size()));
      ids[i] = e.id();
      List<Name> names = e.aliases();
      aliases[i] = names.get(0).text();
      branches[i] = existing(Synthetic.unitId(1 + random.nextInt(Math.max(1, upper - 1))));
      parents[i] = existing(Synthetic.unitId(random.nextInt(firstLeaf)));
      leaves[i] = existing(Synthetic.unitId(firstLeaf + random.nextInt(units - firstLeaf)));
    }
  }

  private EntityId existing(EntityId id) {
    return view.contains(id) ? id : Synthetic.unitId(0);
  }
}
