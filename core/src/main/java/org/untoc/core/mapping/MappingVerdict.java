package org.untoc.core.mapping;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.change.Migration;

/**
 * The verdict on one {@link MappingRow}: its {@link MappingStatus}, what the registry resolved
 * the names to, the unit the registry expects, what the latest edition says, and a message for
 * people.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MappingVerdict {
  MappingVerdict() {}

  /** Returns the row judged. */
  public abstract MappingRow row();

  /** Returns the status. */
  public abstract MappingStatus status();

  /** Returns the edition the row was judged in; empty if it named an unknown edition. */
  public abstract Optional<EditionId> edition();

  /** Returns the programme the row names, if it was found. */
  public abstract Optional<EntityId> programme();

  /** Returns the unit the row names, if it was found. */
  public abstract Optional<EntityId> unit();

  /** Returns the unit that runs the programme in the row's edition, if the registry knows one. */
  public abstract Optional<EntityId> expected();

  /**
   * Returns what the latest edition says of the mapping (same unit, moved, unmapped, gone), if
   * the programme and unit were found.
   */
  public abstract Optional<Migration> latest();

  /**
   * Returns the candidates: the entities an ambiguous name names, or the close matches of an
   * unknown name.
   */
  public abstract ImmutableList<Entity> candidates();

  /** Returns the verdict in a sentence. */
  public abstract String message();

  /** Returns "status: message". */
  @Override
  public String toString() {
    return status() + ": " + message();
  }

  /** Returns a builder of verdicts. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MappingVerdict} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableMappingVerdict.Builder {
    Builder() {}
  }
}
