package org.untoc.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * An organisation unit: an office, division, branch, section or front office, with its contact
 * details.
 *
 * <p>Where a unit sits is a {@link RelationKind#PART_OF} relation, not a field, so that it can
 * change between editions. This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Unit implements Entity permits ImmutableUnit {
  Unit() {}

  /** Returns the type of unit. */
  public abstract UnitType unitType();

  /** Returns the contact details, each with its editions and provenance. */
  public abstract ImmutableList<Contact> contacts();

  @Override
  public final EntityKind kind() {
    return EntityKind.UNIT;
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Unit[" + id() + ": " + label() + "]";
  }

  /** Returns a builder of units. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Unit} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
