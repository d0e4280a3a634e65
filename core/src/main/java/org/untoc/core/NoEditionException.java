package org.untoc.core;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link Registry#asOf(LocalDate)} when no edition's period covers the day: the day
 * falls before the first edition's period, after the last one's, or in a gap between two that no
 * source describes.
 *
 * <p>It names the nearest editions on either side, {@link #before()} and {@link #after()}, and
 * its message says what each describes: "no edition describes 2018-06-01: ocb-brochure describes
 * 2011 to 2015, ocb-overview 2021 on; no edition describes the time between them".
 */
public final class NoEditionException extends UntocException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  @SuppressWarnings("serial") // Edition is not serializable
  private final @Nullable Edition before;
  @SuppressWarnings("serial") // Edition is not serializable
  private final @Nullable Edition after;

  NoEditionException(LocalDate date, @Nullable Edition before, @Nullable Edition after) {
    super(message(date, before, after));
    this.date = date;
    this.before = before;
    this.after = after;
  }

  private static String message(LocalDate date, @Nullable Edition before, @Nullable Edition after) {
    String start = "no edition describes " + date + ": ";
    if (before == null && after == null) {
      return start + "the registry has no editions";
    }
    if (after == null) {
      return start + "the latest edition, " + before.id() + ", describes " + before.period()
          + "; no edition describes a later time";
    }
    if (before == null) {
      return start + "the earliest edition, " + after.id() + ", describes " + after.period()
          + "; no edition describes an earlier time";
    }
    return start + describes(before) + ", " + after.id() + " " + after.period()
        + "; no edition describes the time between them";
  }

  private static String describes(Edition e) {
    return e.id() + " describes " + e.period();
  }

  /** Returns the day that no edition describes. */
  public LocalDate date() {
    return date;
  }

  /** Returns the nearest edition whose period ends before the day, if any. */
  public Optional<Edition> before() {
    return Optional.ofNullable(before);
  }

  /** Returns the nearest edition whose period starts after the day, if any. */
  public Optional<Edition> after() {
    return Optional.ofNullable(after);
  }
}
