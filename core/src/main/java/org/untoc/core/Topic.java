package org.untoc.core;

import org.immutables.value.Value;

/**
 * A crime area or subject that instruments, units and programmes address, such as
 * cybercrime or the smuggling of migrants.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Topic implements Entity permits ImmutableTopic {
  Topic() {}

  @Override
  public final EntityKind kind() {
    return EntityKind.TOPIC;
  }

  /** Returns a builder of topics. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Topic} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Topic[" + id() + ": " + label() + "]";
  }
}
