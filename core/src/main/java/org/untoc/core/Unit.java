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
  @Value.Parameter(order = 5)
  public abstract UnitType unitType();

  /** Returns the contact details, each with its editions and provenance. */
  @Value.Parameter(order = 6)
  public abstract ImmutableList<Contact> contacts();

  @Override
  public final EntityKind kind() {
    return EntityKind.UNIT;
  }

  /** Returns a builder of units. */
  public static ImmutableUnit.Builder builder() {
    return ImmutableUnit.builder();
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Unit[" + id() + ": " + label() + "]";
  }
}
