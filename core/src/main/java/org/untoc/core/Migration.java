package org.untoc.core;

import java.util.Optional;
import org.immutables.value.Value;

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
  public enum Status {
    /** The same unit runs the programme in the later edition. */
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
   * #sourceUnit()} says which unit ran the programme there, if any.
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

  /** Returns a builder of migrations. */
  static ImmutableMigration.Builder builder() {
    return ImmutableMigration.builder();
  }

  /** Returns the {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
