package org.untoc.core;

import com.google.common.collect.ImmutableList;

/**
 * Renders the organisation chart of one edition: every unit that is part of no other unit is a
 * root; under each unit come its parts, then the programmes it runs.
 *
 * <p>Units are ordered as the registry holds them; programmes likewise. This class is immutable
 * and thread-safe.
 */
public final class OrgChart {
  private final Registry registry;
  private final EditionId edition;

  private OrgChart(Registry registry, EditionId edition) {
    this.registry = registry;
    this.edition = edition;
  }

  /**
   * Obtains the chart of an edition of a registry.
   *
   * @param registry the registry, not null
   * @param edition the edition, not null; must be one of the registry's
   * @return the chart, not null
   * @throws UntocException if the registry has no such edition
   */
  public static OrgChart of(Registry registry, EditionId edition) {
    registry.editionIndex(edition);
    return new OrgChart(registry, edition);
  }

  /** Returns the units of the edition that are part of no other unit, in registry order. */
  public ImmutableList<Unit> roots() {
    return registry.entities(Unit.class).stream()
        .filter(u -> u.holdsIn(edition))
        .filter(u -> registry.outgoing(u.id(), RelationKind.PART_OF, edition).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the units directly part of a unit in the edition, in registry order.
   *
   * @param unit the unit id, not null
   */
  public ImmutableList<Unit> parts(EntityId unit) {
    return registry.incoming(unit, RelationKind.PART_OF, edition).stream()
        .map(r -> registry.get(r.from()))
        .filter(Unit.class::isInstance).map(Unit.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the programmes a unit runs in the edition, in registry order.
   *
   * @param unit the unit id, not null
   */
  public ImmutableList<Programme> programmes(EntityId unit) {
    return registry.outgoing(unit, RelationKind.RUNS, edition).stream()
        .map(r -> (Programme) registry.get(r.to()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the chart as an indented text tree, two spaces a level, one unit or programme a
   * line: units as "ACRONYM  Name [type]" and programmes as "* Name"; inferred ownership is
   * marked "(inferred)".
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    Edition e = registry.edition(edition.toString());
    sb.append("Edition ").append(e.id()).append(": ").append(e.title()).append('\n');
    for (Unit root : roots()) {
      appendUnit(sb, root, 0);
    }
    return sb.toString();
  }

  private void appendUnit(StringBuilder sb, Unit unit, int depth) {
    indent(sb, depth);
    unit.acronymIn(edition).ifPresent(a -> sb.append(a).append("  "));
    sb.append(unit.nameIn(edition)).append(" [")
        .append(unit.unitType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append("]\n");
    for (Relation r : registry.outgoing(unit.id(), RelationKind.RUNS, edition)) {
      Entity p = registry.get(r.to());
      indent(sb, depth + 1);
      sb.append("* ").append(p.nameIn(edition));
      p.acronymIn(edition).ifPresent(a -> sb.append(" (").append(a).append(')'));
      if (r.provenance().basis() == Basis.INFERRED) {
        sb.append("  (inferred)");
      }
      sb.append('\n');
    }
    for (Unit part : parts(unit.id())) {
      appendUnit(sb, part, depth + 1);
    }
  }

  private static void indent(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth));
  }

}
