package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates synthetic registries of any size for tests and benchmarks: valid, with several
 * editions, and with the kinds of change real editions show.
 *
 * <p>A registry of {@code n} entities has about {@code n / 10} units in a tree (each unit's
 * parent comes before it, eight children a unit), {@code 7n / 10} programmes each run by a
 * unit, {@code n / 10} topics and {@code n / 10} services; each programme addresses one or two
 * topics and each unit offers a service. Across the editions some units and programmes are
 * created or dissolved, some units move to another parent, some programmes move to another
 * unit, and some units are renamed (name and acronym). Every entity has an official name, an
 * acronym and an alias, all unique, so that every name finds exactly one entity.
 *
 * <pre>{@code
 * Registry r = Synthetic.registry(100_000, 3, 42L);
 * }</pre>
 *
 * <p>The same arguments give the same registry. This class is immutable and thread-safe.
 */
public final class Synthetic {
  private static final Provenance SOURCE = Provenance.inferred("synthetic", "generated for tests and benchmarks");
  /** Children a unit has in the generated tree. */
  public static final int FAN_OUT = 8;

  private Synthetic() {}

  /**
   * Generates a registry.
   *
   * @param entities the number of entities, at least 10
   * @param editions the number of editions, at least 1
   * @param seed the seed of the random choices
   * @return the registry, not null
   * @throws IllegalArgumentException if there are fewer than 10 entities or no edition
   */
  public static Registry registry(int entities, int editions, long seed) {
    return builder(entities, editions, seed).build();
  }

  /**
   * Generates the editions, entities and relations of a registry into a builder, not yet built.
   *
   * @param entities the number of entities, at least 10
   * @param editions the number of editions, at least 1
   * @param seed the seed of the random choices
   * @return the builder, not null
   * @throws IllegalArgumentException if there are fewer than 10 entities or no edition
   */
  public static Registry.Builder builder(int entities, int editions, long seed) {
    checkArgument(entities >= 10, "a synthetic registry needs at least 10 entities, not %s", entities);
    checkArgument(editions >= 1, "a synthetic registry needs at least 1 edition, not %s", editions);
    return new Generator(entities, editions, seed).generate();
  }

  /** Returns the id of the {@code i}-th generated unit, from 0; unit 0 is the root. */
  public static EntityId unitId(int i) {
    return EntityId.of("u" + i);
  }

  /** Returns the id of the {@code i}-th generated programme, from 0. */
  public static EntityId programmeId(int i) {
    return EntityId.of("p" + i);
  }

  private static final class Generator {
    private final int units;
    private final int programmes;
    private final int topics;
    private final int services;
    private final int editionCount;
    private final SplittableRandom random;
    private final EditionId[] editions;
    /** earlier[j]: editions before j; later[j]: editions from j on. */
    private final List<ImmutableSet<EditionId>> earlier = new ArrayList<>();
    private final List<ImmutableSet<EditionId>> later = new ArrayList<>();
    private final Registry.Builder builder = Registry.builder();
    /** Which units exist in every edition; only these take part in moves. */
    private final boolean[] stable;
    /** The ids, made once each, so that relations share them with their entities. */
    private final EntityId[] unitIds;
    private final EntityId[] programmeIds;
    private final EntityId[] topicIds;
    private final EntityId[] serviceIds;

    Generator(int n, int editionCount, long seed) {
      this.units = Math.max(2, n / 10);
      this.topics = Math.max(1, n / 10);
      this.services = Math.max(1, n / 10);
      this.programmes = n - units - topics - services;
      this.editionCount = editionCount;
      this.random = new SplittableRandom(seed);
      this.editions = new EditionId[editionCount];
      for (int i = 0; i < editionCount; i++) {
        editions[i] = EditionId.of("e" + i);
        builder.addEdition(Edition.builder().id(editions[i]).title("Synthetic edition " + i)
            .source("synthetic").build());
      }
      for (int j = 0; j <= editionCount; j++) {
        earlier.add(ImmutableSet.copyOf(java.util.Arrays.copyOfRange(editions, 0, j)));
        later.add(ImmutableSet.copyOf(java.util.Arrays.copyOfRange(editions, j, editionCount)));
      }
      this.stable = new boolean[units];
      this.unitIds = ids("u", units);
      this.programmeIds = ids("p", programmes);
      this.topicIds = ids("t", topics);
      this.serviceIds = ids("s", services);
    }

    private static EntityId[] ids(String prefix, int count) {
      EntityId[] ids = new EntityId[count];
      for (int i = 0; i < count; i++) {
        ids[i] = EntityId.of(prefix + i);
      }
      return ids;
    }

    /** Returns an edition where a change happens: 1 to editions - 1. */
    private int changeAt() {
      return 1 + random.nextInt(editionCount - 1);
    }

    private boolean chance(int percent) {
      return editionCount > 1 && random.nextInt(100) < percent;
    }

    Registry.Builder generate() {
      generateUnits();
      generateProgrammes();
      for (int t = 0; t < topics; t++) {
        builder.add(Topic.builder().id(topicIds[t]).addName(Name.official("Topic " + t, SOURCE))
            .addName(Name.acronym("T" + t, SOURCE)).addName(Name.alias("Topic number " + t, SOURCE))
            .addProvenance(SOURCE).build());
      }
      for (int s = 0; s < services; s++) {
        builder.add(Service.builder().id(serviceIds[s]).serviceType(ServiceType.SUPPORT_AREA)
            .addName(Name.official("Service " + s, SOURCE)).addName(Name.acronym("S" + s, SOURCE))
            .addName(Name.alias("Service number " + s, SOURCE)).addProvenance(SOURCE).build());
      }
      return builder;
    }

    private void generateUnits() {
      int firstLeaf = (units - 2) / FAN_OUT + 1;
      for (int u = 0; u < units; u++) {
        Unit.Builder b = Unit.builder().id(unitIds[u])
            .unitType(u == 0 ? UnitType.OFFICE : u < firstLeaf ? UnitType.BRANCH : UnitType.SECTION)
            .addProvenance(SOURCE);
        boolean leaf = u >= firstLeaf;
        ImmutableSet<EditionId> exists = ImmutableSet.of();
        if (leaf && chance(10)) {
          int j = changeAt();
          exists = random.nextBoolean() ? earlier.get(j) : later.get(j);
          b.editions(exists);
        } else {
          stable[u] = true;
        }
        boolean named = false;
        if (chance(10)) {
          int j = changeAt();
          ImmutableSet<EditionId> before = exists.isEmpty() ? earlier.get(j) : intersect(exists, earlier.get(j));
          ImmutableSet<EditionId> after = exists.isEmpty() ? later.get(j) : intersect(exists, later.get(j));
          if (!before.isEmpty() && !after.isEmpty()) {
            b.addName(name(NameType.OFFICIAL, "Unit " + u, before))
                .addName(name(NameType.OFFICIAL, "Renamed unit " + u, after))
                .addName(name(NameType.ACRONYM, "U" + u, before))
                .addName(name(NameType.ACRONYM, "RU" + u, after));
            named = true;
          }
        }
        if (!named) {
          b.addName(Name.official("Unit " + u, SOURCE)).addName(Name.acronym("U" + u, SOURCE));
        }
        b.addName(Name.alias("Unit number " + u, SOURCE));
        builder.add(b.build());
        if (u > 0) {
          int parent = (u - 1) / FAN_OUT;
          if (stable[u] && stable[parent] && u > 1 && chance(5)) {
            int j = changeAt();
            int other = random.nextInt(u);
            boolean moves = stable[other] && other != parent;
            builder.relate(relation(unitIds[u], RelationKind.PART_OF, unitIds[parent],
                moves ? earlier.get(j) : ImmutableSet.of()));
            if (moves) {
              builder.relate(relation(unitIds[u], RelationKind.PART_OF, unitIds[other], later.get(j)));
            }
          } else {
            builder.relate(relation(unitIds[u], RelationKind.PART_OF, unitIds[parent], ImmutableSet.of()));
          }
        }
        builder.relate(relation(unitIds[u], RelationKind.OFFERS, serviceIds[random.nextInt(services)],
            ImmutableSet.of()));
      }
    }

    private static ImmutableSet<EditionId> intersect(ImmutableSet<EditionId> a, ImmutableSet<EditionId> b) {
      return ImmutableSet.copyOf(com.google.common.collect.Sets.intersection(a, b));
    }

    private int stableUnit() {
      int u = random.nextInt(units);
      while (!stable[u]) {
        u = u == 0 ? 0 : u - 1;
      }
      return u;
    }

    private void generateProgrammes() {
      for (int p = 0; p < programmes; p++) {
        Programme.Builder b = Programme.builder().id(programmeIds[p])
            .programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addName(Name.official("Programme " + p, SOURCE)).addName(Name.acronym("P" + p, SOURCE))
            .addName(Name.alias("Programme number " + p, SOURCE)).addProvenance(SOURCE);
        boolean everywhere = true;
        if (chance(10)) {
          int j = changeAt();
          b.editions(random.nextBoolean() ? earlier.get(j) : later.get(j));
          everywhere = false;
        }
        builder.add(b.build());
        int owner = stableUnit();
        if (everywhere && chance(10)) {
          int j = changeAt();
          int other = stableUnit();
          builder.relate(relation(unitIds[owner], RelationKind.RUNS, programmeIds[p], earlier.get(j)));
          if (other != owner) {
            builder.relate(relation(unitIds[other], RelationKind.RUNS, programmeIds[p], later.get(j)));
          }
        } else {
          builder.relate(relation(unitIds[owner], RelationKind.RUNS, programmeIds[p], ImmutableSet.of()));
        }
        int first = random.nextInt(topics);
        builder.relate(relation(programmeIds[p], RelationKind.ADDRESSES, topicIds[first], ImmutableSet.of()));
        int second = random.nextInt(topics);
        if (second != first && random.nextBoolean()) {
          builder.relate(relation(programmeIds[p], RelationKind.ADDRESSES, topicIds[second],
              ImmutableSet.of()));
        }
      }
    }

    private static Name name(NameType type, String text, ImmutableSet<EditionId> editions) {
      return ImmutableName.builder().type(type).text(text).provenance(SOURCE).editions(editions).build();
    }

    private static Relation relation(EntityId from, RelationKind kind, EntityId to, ImmutableSet<EditionId> editions) {
      return ImmutableRelation.builder().from(from).kind(kind).to(to).provenance(SOURCE).editions(editions).build();
    }
  }
}
