package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of views as of a day, on the reference data and on synthetic registries with dates. */
class AsOfProperties {
  private static final LocalDate START = LocalDate.of(1995, 1, 1);
  private static final Provenance SOURCE = Fixtures.SOURCE;

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 40 * 366).map(START::plusDays);
  }

  @Provide
  Arbitrary<Registry> registries() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 3))
        .as((seed, editions) -> dated(Synthetic.registry(60, editions, seed), seed));
  }

  /** A registry whose units and programmes get, at random, a start, an end, both or neither. */
  private static Registry dated(Registry r, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Registry.Builder b = r.toBuilder();
    for (Entity e : r.entities()) {
      Optional<DatedFact> start = random.nextInt(3) == 0 ? Optional.of(date(random, 0)) : Optional.empty();
      Optional<DatedFact> end = random.nextInt(3) == 0 ? Optional.of(date(random, 25)) : Optional.empty();
      if (e instanceof Unit u) {
        b.replace(Unit.builder().from(u).established(start).ended(end).build());
      } else if (e instanceof Programme p) {
        b.replace(Programme.builder().from(p).started(start).ended(end).build());
      }
    }
    return b.build();
  }

  /** A date of any precision, from 1995 plus the offset in years, within fifteen years. */
  private static DatedFact date(SplittableRandom random, int offset) {
    int year = 1995 + offset + random.nextInt(15);
    PartialDate d = switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.of(year, 1 + random.nextInt(12));
      default -> PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    };
    return DatedFact.of(d, SOURCE);
  }

  @Property(tries = 200)
  void aPartialDateIsExactlyOneOfBeforeAfterOrContainingADay(@ForAll("days") LocalDate day,
      @ForAll("days") LocalDate other, @ForAll int precision) {
    PartialDate d = switch (Math.floorMod(precision, 3)) {
      case 0 -> PartialDate.ofYear(other.getYear());
      case 1 -> PartialDate.of(other.getYear(), other.getMonthValue());
      default -> PartialDate.of(other);
    };
    int held = (d.isBefore(day) ? 1 : 0) + (d.isAfter(day) ? 1 : 0) + (d.contains(day) ? 1 : 0);
    assertEquals(1, held, d + " against " + day);
    assertEquals(!d.firstDay().isAfter(day) && !d.lastDay().isBefore(day), d.contains(day), d + " against " + day);
  }

  @Property(tries = 60)
  void aViewAsOfADayNeverHoldsAnEntityWhoseOwnDatesExcludeIt(@ForAll("registries") Registry r,
      @ForAll("days") LocalDate day) {
    for (Edition edition : r.editions()) {
      EditionView view = r.view(edition.id()).at(day);
      for (Entity e : r.entities()) {
        boolean expected = r.view(edition.id()).contains(e.id()) && e.period().covers(day);
        assertEquals(expected, view.contains(e.id()), e + " as of " + day);
        if (!view.contains(e.id())) {
          continue;
        }
        for (RelationKind kind : List.of(RelationKind.PART_OF, RelationKind.RUNS, RelationKind.ADDRESSES,
            RelationKind.OFFERS)) {
          for (Link link : view.linksFrom(e.id(), kind)) {
            assertTrue(link.entity().period().covers(day), link + " as of " + day);
            assertTrue(view.holds(link.relation()), link + " as of " + day);
          }
        }
      }
    }
  }

  @Property(tries = 100)
  void theReferenceViewAsOfADayHoldsNothingItsDatesExclude(@ForAll("days") LocalDate day) {
    Registry r = Untoc.reference();
    Optional<EditionView> view = r.findAsOf(day);
    assertEquals(r.editions().stream().anyMatch(e -> e.period().covers(day)), view.isPresent(), day::toString);
    view.ifPresent(v -> {
      assertTrue(v.edition().period().covers(day));
      for (Entity e : v.entities()) {
        assertTrue(e.period().covers(day), e + " as of " + day);
      }
      for (Relation rel : r.relations()) {
        if (v.holds(rel)) {
          assertTrue(rel.period().covers(day) && v.contains(rel.from()) && v.contains(rel.to()), rel::toString);
        }
      }
    });
  }

  @Property(tries = 100)
  void movingTheDateWithinAnEditionsPeriodChangesOnlyEntitiesWithDatesOfTheirOwn(@ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b) {
    Registry r = Untoc.reference();
    for (Edition edition : r.editions()) {
      if (!edition.period().covers(a) || !edition.period().covers(b)) {
        continue;
      }
      assertEquals(edition.id(), r.asOf(a).editionId());
      Set<Entity> changed = new LinkedHashSet<>(r.asOf(a).entities());
      Set<Entity> atB = new LinkedHashSet<>(r.asOf(b).entities());
      List<Entity> symmetric = new ArrayList<>();
      changed.stream().filter(e -> !atB.contains(e)).forEach(symmetric::add);
      atB.stream().filter(e -> !changed.contains(e)).forEach(symmetric::add);
      for (Entity e : symmetric) {
        assertTrue(!e.period().isUnbounded(), e + " changed between " + a + " and " + b + " without dates");
      }
    }
  }

  @Property(tries = 60)
  void movingTheDateChangesOnlyDatedEntitiesInASyntheticRegistry(@ForAll("registries") Registry r,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    EditionView edition = r.latestView();
    for (Entity e : r.entities()) {
      if (e.period().isUnbounded()) {
        assertEquals(edition.contains(e.id()), edition.at(a).contains(e.id()), e::toString);
        assertEquals(edition.at(a).contains(e.id()), edition.at(b).contains(e.id()), e::toString);
      }
    }
  }
}
