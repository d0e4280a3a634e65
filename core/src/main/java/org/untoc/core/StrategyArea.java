package org.untoc.core;

import org.immutables.value.Value;

/**
 * An area of an organisational strategy, such as Thematic Area 2 of the UNODC Strategy
 * 2021-2025.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class StrategyArea implements Entity permits ImmutableStrategyArea {
  StrategyArea() {}

  @Override
  public final EntityKind kind() {
    return EntityKind.STRATEGY_AREA;
  }

  /** Returns a builder of strategy areas. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StrategyArea} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableStrategyArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "StrategyArea[" + id() + ": " + label() + "]";
  }
}
