package org.untoc.core;

import org.immutables.value.Value;

/**
 * A kind of national authority that a unit works with, such as customs or prosecutors.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class CounterpartType implements Entity permits ImmutableCounterpartType {
  CounterpartType() {}

  @Override
  public final EntityKind kind() {
    return EntityKind.COUNTERPART_TYPE;
  }

  /** Returns a builder of counterpart types. */
  public static ImmutableCounterpartType.Builder builder() {
    return ImmutableCounterpartType.builder();
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "CounterpartType[" + id() + ": " + label() + "]";
  }
}
