package org.untoc.core;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a {@link Registry} cannot be built because its data breaks integrity rules.
 *
 * <p>It lists every violation found, not only the first; the message shows up to the first
 * {@value #MESSAGE_LIMIT} and says how many more there are.
 */
public final class IntegrityException extends UntocException {
  private static final long serialVersionUID = 1L;
  /** How many violations the message shows at most. */
  public static final int MESSAGE_LIMIT = 20;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates an exception for the given violations.
   *
   * @param violations the violations, not null, not empty
   */
  public IntegrityException(ImmutableList<Violation> violations) {
    super(message(violations));
    this.violations = violations;
  }

  private static String message(ImmutableList<Violation> violations) {
    StringBuilder sb = new StringBuilder("the registry breaks ")
        .append(violations.size()).append(violations.size() == 1 ? " integrity rule:" : " integrity rules:");
    violations.stream().limit(MESSAGE_LIMIT).forEach(v -> sb.append("\n  ").append(v));
    if (violations.size() > MESSAGE_LIMIT) {
      sb.append("\n  ... and ").append(violations.size() - MESSAGE_LIMIT).append(" more");
    }
    return sb.toString();
  }

  /** Returns every violation found, in the order found. */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
