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
  public static ImmutableTopic.Builder builder() {
    return ImmutableTopic.builder();
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
