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
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CounterpartType} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableCounterpartType.Builder {
    Builder() {}
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
