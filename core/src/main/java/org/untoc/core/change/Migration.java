package org.untoc.core.change;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Labelled;
import org.untoc.core.Link;
import org.untoc.core.LookupException;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UntocException;

/**
 * What a later edition says of a mapping "programme P is run by unit U" taken from an earlier
 * edition: the same, moved to another unit, unmapped, or gone.
 *
 * <p>Obtain one with {@link Registry#migrate(EntityId, EntityId, EditionId)}. The {@linkplain
 * #evidence() evidence} is the relation in the later edition that the verdict rests on, with its
 * basis and source; {@link #message()} says the verdict in a sentence.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Migration {
  Migration() {}

  /** The verdict on a mapping. */
  public enum Status implements Labelled {
    /**
     * The same unit runs the programme in the later edition; or, for a mapping to a unit that
     * contains the one that runs it, the unit that runs it there is still within that unit.
     */
    UNCHANGED,
    /** Another unit runs the programme in the later edition: see {@link #unit()}. */
    MOVED,
    /** The programme exists in the later edition, but the data does not say which unit runs it. */
    UNMAPPED,
    /** The programme does not exist in the later edition. */
    DISSOLVED
  }

  /** Returns the programme of the mapping. */
  public abstract EntityId programme();

  /** Returns the unit the mapping names. */
  public abstract EntityId mappedUnit();

  /** Returns the edition the mapping is taken from. */
  public abstract EditionId fromEdition();

  /** Returns the edition the mapping is migrated to. */
  public abstract EditionId toEdition();

  /**
   * Returns true if the mapping holds in the edition it is taken from; if it does not, {@link
   * #sourceUnit()} says which unit ran the programme there, if any, which may be within the
   * mapped unit.
   */
  public abstract boolean holdsInSource();

  /** Returns the unit that ran the programme in the edition the mapping is taken from, if any. */
  public abstract Optional<EntityId> sourceUnit();

  /** Returns the verdict for the later edition. */
  public abstract Status status();

  /** Returns the unit that runs the programme in the later edition, if any. */
  public abstract Optional<EntityId> unit();

  /** Returns the relation of the later edition that the verdict rests on, if any. */
  public abstract Optional<Relation> evidence();

  /** Returns the verdict in a sentence, with the basis of its evidence. */
  public abstract String message();

  /**
   * Obtains what one edition of a registry says of the mapping "programme is run by unit",
   * taken from another.
   *
   * @param registry the registry, not null
   * @param programme the id of the programme, not null
   * @param unit the id of the unit, not null
   * @param from the edition the mapping is taken from, not null
   * @param to the edition to migrate it to, not null
   * @return the verdict, not null
   * @throws LookupException if the registry has no programme or unit with these ids
   * @throws UntocException if the registry has no such edition, or the ids are not of a
   *     programme and a unit
   */
  public static Migration of(Registry registry, EntityId programme, EntityId unit, EditionId from,
      EditionId to) {
    EditionView source = registry.view(from);
    EditionView target = registry.view(to);
    Entity p = registry.get(programme);
    Entity u = registry.get(unit);
    if (!(p instanceof Programme) || !(u instanceof Unit)) {
      throw new UntocException("a mapping joins a programme to a unit, not " + p.kind() + " '" + programme
          + "' to " + u.kind() + " '" + unit + "'");
    }
    Optional<Unit> before = source.unitOf(programme);
    boolean holds = before.map(b -> b.id().equals(unit)).orElse(false);
    boolean within = !holds && before.map(b -> source.pathToRootOf(b.id()).contains(u)).orElse(false);
    Builder m = builder().programme(programme).mappedUnit(unit)
        .fromEdition(from).toEdition(to).holdsInSource(holds).sourceUnit(before.map(Entity::id));
    String name = p.acronymIn(from).orElseGet(() -> p.nameIn(from));
    if (!target.contains(programme)) {
      return m.status(Status.DISSOLVED).message(was(name, u, before, holds, within, from)
          + "; it no longer exists in " + to).build();
    }
    ImmutableList<Link> now = target.linksTo(programme, RelationKind.RUNS);
    if (now.isEmpty()) {
      return m.status(Status.UNMAPPED).message(from.equals(to)
          ? "no unit is known to run " + name + " in " + to
          : was(name, u, before, holds, within, from) + "; in " + to + " no unit is known to run it").build();
    }
    Link link = now.get(0);
    Entity runner = link.entity();
    boolean same = runner.id().equals(unit);
    boolean stillWithin = (holds || within) && !same && target.contains(unit)
        && target.pathToRootOf(runner.id()).contains(u);
    Status status = same || stillWithin ? Status.UNCHANGED : Status.MOVED;
    m.status(status).unit(runner.id()).evidence(link.relation());
    String basis = " (" + link.basis() + ")";
    if (from.equals(to)) {
      String by = same ? labelIn(u, to) : stillWithin ? labelIn(runner, to) + ", within " + labelIn(u, to) + ","
          : labelIn(runner, to) + ", not " + labelIn(u, to) + ",";
      return m.message(name + " is run by " + by + " in " + to + basis).build();
    }
    String then = "in " + to + " " + labelIn(runner, to)
        + (stillWithin ? ", within " + labelIn(u, to) + "," : "")
        + (status == Status.UNCHANGED ? " still runs it" : " runs it");
    return m.message(was(name, u, before, holds, within, from) + "; " + then + basis).build();
  }

  /** Returns "P was run by U in E", or what ran it there instead. */
  private static String was(String programme, Entity unit, Optional<Unit> before, boolean holds, boolean within,
      EditionId from) {
    if (holds) {
      return programme + " was run by " + labelIn(unit, from) + " in " + from;
    }
    if (within) {
      return programme + " was run by " + labelIn(before.orElseThrow(), from) + ", within " + labelIn(unit, from)
          + ", in " + from;
    }
    return programme + " was not run by " + labelIn(unit, from) + " in " + from
        + before.map(b -> " but by " + labelIn(b, from)).orElse(" (no unit ran it)");
  }

  private static String labelIn(Entity e, EditionId edition) {
    return e.acronymIn(edition).orElseGet(() -> e.nameIn(edition));
  }

  /** Returns a builder of migrations. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Migration} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableMigration.Builder {
    Builder() {}
  }

  /** Returns the {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
