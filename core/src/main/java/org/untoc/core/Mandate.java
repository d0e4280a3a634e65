package org.untoc.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What a unit is charged with, such as serving as secretariat of the Conference of the
 * Parties, with the services the source lists under it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Mandate implements Entity permits ImmutableMandate {
  Mandate() {}

  /** Returns the services listed under the mandate, in the source's order and words. */
  public abstract ImmutableList<String> services();

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
