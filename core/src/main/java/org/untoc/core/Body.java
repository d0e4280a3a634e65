package org.untoc.core;

import org.immutables.value.Value;

/**
 * A treaty body or one of its subsidiaries: the Conference of the Parties, its Bureau, a
 * working group, the Review Mechanism, an ad hoc committee.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Body implements Entity permits ImmutableBody {
  Body() {}

  /** Returns the type of body. */
  public abstract BodyType bodyType();

  @Override
  public final EntityKind kind() {
    return EntityKind.BODY;
  }

  /** Returns a builder of bodies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Body} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Body[" + id() + ": " + label() + "]";
  }
}
