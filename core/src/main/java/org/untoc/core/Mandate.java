package org.untoc.core;

import org.immutables.value.Value;

/**
 * What a unit is charged with, such as serving as secretariat of the Conference of the
 * Parties. The services the source lists under it are {@link Service}s the mandate {@linkplain
 * RelationKind#OFFERS offers}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Mandate implements Entity permits ImmutableMandate {
  Mandate() {}

  @Override
  public final EntityKind kind() {
    return EntityKind.MANDATE;
  }

  /** Returns a builder of mandates. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Mandate} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Mandate[" + id() + ": " + label() + "]";
  }
}
