package org.untoc.core;

import org.immutables.value.Value;

/**
 * A form of technical assistance, or an area in which a unit offers support.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Service implements Entity permits ImmutableService {
  Service() {}

  /** Returns the type of service. */
  @Value.Parameter(order = 5)
  public abstract ServiceType serviceType();

  @Override
  public final EntityKind kind() {
    return EntityKind.SERVICE;
  }

  /** Returns a builder of services. */
  public static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Service[" + id() + ": " + label() + "]";
  }
}
