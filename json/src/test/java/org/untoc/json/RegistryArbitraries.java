package org.untoc.json;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.untoc.core.Basis;
import org.untoc.core.Body;
import org.untoc.core.BodyType;
import org.untoc.core.Contact;
import org.untoc.core.CounterpartType;
import org.untoc.core.DatedFact;
import org.untoc.core.Description;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.EntityKind;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.InstrumentType;
import org.untoc.core.Mandate;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.StrategyArea;
import org.untoc.core.Topic;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;

/**
 * Generates valid registries: every kind of entity, optional fields present or not, names and
 * relations bound to editions, text with quotes, back-slashes, control characters and non-ASCII
 * letters. Relations are chosen so that every integrity rule holds: a part-of forest of units,
 * at most one unit running each programme, edition sets that both ends share.
 */
final class RegistryArbitraries {
  private RegistryArbitraries() {}

  /** Returns registries of up to {@code maxEntities} entities. */
  static Arbitrary<Registry> registries(int maxEntities) {
    return Combinators.combine(Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, maxEntities), Arbitraries.longs())
        .as((editions, entities, seed) -> new Gen(new Random(seed)).registry(editions, entities));
  }

  /** Generates from a random source; deterministic for a seed, so jqwik can shrink and replay. */
  static final class Gen {
    private static final String ODD = "\"\\/\t\n\u0001\u00e9\u4e2d\u20ac <>&'";
    private final Random random;
    private List<EditionId> editions = List.of();

    Gen(Random random) {
      this.random = random;
    }

    Registry registry(int editionCount, int entityCount) {
      Registry.Builder b = Registry.builder();
      List<EditionId> ids = new ArrayList<>();
      for (int i = 0; i < editionCount; i++) {
        EditionId id = EditionId.of("e" + i + (random.nextBoolean() ? "" : "-x." + random.nextInt(100)));
        ids.add(id);
        var e = Edition.builder().id(id).title(text()).source(text());
        if (random.nextBoolean()) {
          e.date(date());
        }
        if (random.nextBoolean()) {
          e.description(random.nextBoolean() ? "" : text());
        }
        e.period(period());
        b.addEdition(e.build());
      }
      editions = ids;
      List<Entity> entities = new ArrayList<>();
      EntityKind[] kinds = EntityKind.values();
      for (int i = 0; i < entityCount; i++) {
        Entity e = entity(EntityId.of(kinds[i % kinds.length].label() + "-" + i), kinds[random.nextInt(kinds.length)]);
        entities.add(e);
        b.add(e);
      }
      List<Relation> relations = relations(entities);
      b.relateAll(relations);
      return b.build();
    }

    private String text() {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        int r = random.nextInt(10);
        sb.append(r < 7 ? (char) ('a' + random.nextInt(26)) : r < 8 ? ' ' : ODD.charAt(random.nextInt(ODD.length())));
      }
      String s = sb.toString().strip();
      return s.isEmpty() ? "x" : s;
    }

    private PartialDate date() {
      int y = 1 + random.nextInt(9999);
      return switch (random.nextInt(3)) {
        case 0 -> PartialDate.ofYear(y);
        case 1 -> PartialDate.of(y, 1 + random.nextInt(12));
        default -> PartialDate.of(y, 1 + random.nextInt(12), 1 + random.nextInt(28));
      };
    }

    private Provenance provenance() {
      Basis basis = Basis.values()[random.nextInt(3)];
      var p = Provenance.builder().basis(basis).source(text());
      if (basis == Basis.STATED) {
        p.quote(text());
      } else if (basis == Basis.INFERRED) {
        p.rationale(text());
      }
      return p.build();
    }

    /** A random subset of the given editions; empty for "every edition". */
    private Set<EditionId> someOf(List<EditionId> from) {
      Set<EditionId> s = new LinkedHashSet<>();
      if (random.nextInt(3) == 0) {
        for (EditionId e : from) {
          if (random.nextBoolean()) {
            s.add(e);
          }
        }
      }
      return s;
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[random.nextInt(values.length)];
    }

    private DatedFact dated() {
      var d = DatedFact.builder().date(date()).provenance(provenance());
      if (random.nextBoolean()) {
        d.note(text());
      }
      return d.build();
    }

    /** A period whose start, end, both or neither are known, the end not before the start. */
    private Period period() {
      Optional<DatedFact> a = random.nextBoolean() ? Optional.of(dated()) : Optional.empty();
      Optional<DatedFact> b = random.nextBoolean() ? Optional.of(dated()) : Optional.empty();
      if (a.isPresent() && b.isPresent() && a.get().date().firstDay().isAfter(b.get().date().lastDay())) {
        return Period.of(b, a);
      }
      return Period.of(a, b);
    }

    private Entity entity(EntityId id, EntityKind kind) {
      Period life = period();
      Entity e = undated(id, kind);
      if (e instanceof Instrument i) {
        return Instrument.builder().from(i).adopted(life.from()).ended(life.to()).build();
      } else if (e instanceof Programme p) {
        return Programme.builder().from(p).started(life.from()).ended(life.to()).build();
      } else if (e instanceof Unit u) {
        return Unit.builder().from(u).established(life.from()).ended(life.to()).build();
      } else if (e instanceof Body x) {
        return Body.builder().from(x).established(life.from()).ended(life.to()).build();
      } else if (e instanceof Mandate m) {
        return Mandate.builder().from(m).established(life.from()).ended(life.to()).build();
      } else if (e instanceof Service x) {
        return Service.builder().from(x).established(life.from()).ended(life.to()).build();
      } else if (e instanceof Topic t) {
        return Topic.builder().from(t).established(life.from()).ended(life.to()).build();
      } else if (e instanceof CounterpartType c) {
        return CounterpartType.builder().from(c).established(life.from()).ended(life.to()).build();
      }
      return StrategyArea.builder().from((StrategyArea) e).established(life.from()).ended(life.to()).build();
    }

    private Entity undated(EntityId id, EntityKind kind) {
      Set<EditionId> own = someOf(editions);
      List<EditionId> scope = own.isEmpty() ? editions : List.copyOf(own);
      List<Name> names = new ArrayList<>();
      Set<String> used = new HashSet<>();
      names.add(Name.official(text(), provenance()));
      used.add("OFFICIAL" + names.get(0).text());
      int more = random.nextInt(4);
      for (int i = 0; i < more; i++) {
        Name n = Name.builder().type(pick(NameType.class)).text(text()).provenance(provenance())
            .editions(someOf(scope)).build();
        if (used.add(n.type() + n.text())) {
          names.add(n);
        }
      }
      List<Identifier> identifiers = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        var ident = Identifier.builder().scheme(text()).value(text()).provenance(provenance());
        if (random.nextBoolean()) {
          ident.note(text());
        }
        identifiers.add(ident.build());
      }
      List<Provenance> provenance = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        provenance.add(provenance());
      }
      return switch (kind) {
        case UNIT -> {
          List<Contact> contacts = new ArrayList<>();
          for (int i = random.nextInt(3); i > 0; i--) {
            var c = Contact.builder().provenance(provenance()).editions(someOf(scope));
            if (random.nextBoolean()) {
              c.addAddress(text(), text());
            }
            if (random.nextBoolean()) {
              c.phone(text());
            }
            if (random.nextBoolean()) {
              c.fax(text());
            }
            if (random.nextBoolean()) {
              c.email(text());
            }
            c.web(text());
            contacts.add(c.build());
          }
          yield Unit.builder().id(id).editions(own).names(names).identifiers(identifiers)
              .provenance(provenance).unitType(pick(UnitType.class)).contacts(contacts).build();
        }
        case INSTRUMENT -> {
          var b = Instrument.builder().id(id).editions(own).names(names).identifiers(identifiers)
              .provenance(provenance).instrumentType(pick(InstrumentType.class));
          if (random.nextBoolean()) {
            b.openedForSignature(dated());
          }
          if (random.nextBoolean()) {
            b.entryIntoForce(dated());
          }
          yield b.build();
        }
        case BODY -> Body.builder().id(id).editions(own).names(names).identifiers(identifiers)
            .provenance(provenance).bodyType(pick(BodyType.class)).build();
        case PROGRAMME -> {
          var b = Programme.builder().id(id).editions(own).names(names).identifiers(identifiers)
              .provenance(provenance).programmeType(pick(ProgrammeType.class));
          yield b.build();
        }
        case MANDATE -> Mandate.builder().id(id).editions(own).names(names).identifiers(identifiers)
            .provenance(provenance).descriptions(random.nextBoolean() ? List.of()
                : List.of(Description.of(text(), provenance()).in(own.toArray(EditionId[]::new)))).build();
        case SERVICE -> Service.builder().id(id).editions(own).names(names).identifiers(identifiers)
            .provenance(provenance).serviceType(pick(ServiceType.class)).build();
        case TOPIC -> Topic.builder().id(id).editions(own).names(names).identifiers(identifiers)
            .provenance(provenance).build();
        case COUNTERPART_TYPE -> CounterpartType.builder().id(id).editions(own).names(names)
            .identifiers(identifiers).provenance(provenance).build();
        case STRATEGY_AREA -> StrategyArea.builder().id(id).editions(own).names(names)
            .identifiers(identifiers).provenance(provenance).build();
      };
    }

    /** The editions a relation between two entities may name, or null if they share none. */
    private Set<EditionId> shared(Entity a, Entity b) {
      if (a.editions().isEmpty() && b.editions().isEmpty()) {
        return someOf(editions);
      }
      Set<EditionId> s = a.editions().isEmpty() ? b.editions()
          : b.editions().isEmpty() ? a.editions() : Sets.intersection(a.editions(), b.editions());
      return s.isEmpty() ? null : new LinkedHashSet<>(s);
    }

    private List<Relation> relations(List<Entity> entities) {
      List<Relation> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      List<Entity> units = entities.stream().filter(e -> e instanceof Unit).toList();
      for (int i = 1; i < units.size(); i++) {
        if (random.nextInt(4) > 0) {
          add(out, seen, units.get(i), RelationKind.PART_OF, units.get(random.nextInt(i)));
        }
      }
      for (Entity p : entities) {
        if (p instanceof Programme && !units.isEmpty() && random.nextBoolean()) {
          add(out, seen, units.get(random.nextInt(units.size())), RelationKind.RUNS, p);
        }
      }
      int tries = entities.size() * 2;
      for (int t = 0; t < tries; t++) {
        Entity a = entities.get(random.nextInt(entities.size()));
        Entity b = entities.get(random.nextInt(entities.size()));
        RelationKind kind = RelationKind.values()[random.nextInt(RelationKind.values().length)];
        if (kind != RelationKind.PART_OF && kind != RelationKind.RUNS && a != b && kind.allows(a.kind(), b.kind())) {
          add(out, seen, a, kind, b);
        }
      }
      return out;
    }

    private void add(List<Relation> out, Set<String> seen, Entity from, RelationKind kind, Entity to) {
      Set<EditionId> in = shared(from, to);
      if (in != null && seen.add(kind + " " + from.id() + " " + to.id())) {
        Period holds = period();
        out.add(Relation.builder().from(from.id()).kind(kind).to(to.id()).provenance(provenance())
            .editions(in).since(holds.from()).until(holds.to()).build());
      }
    }
  }
}
