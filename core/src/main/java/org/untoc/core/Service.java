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
  public abstract ServiceType serviceType();

  @Override
  public final EntityKind kind() {
    return EntityKind.SERVICE;
  }

  /** Returns a builder of services. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Service} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}
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
