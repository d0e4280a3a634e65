package org.untoc.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An enum of untoc whose constants have a label: the constant's name in lower case, with
 * {@code -} for {@code _} ({@code PART_OF} is {@code part-of}, {@code PUBLIC_RECORD} is {@code
 * public-record}). Documents, messages and the command line use labels, and {@link #ofLabel}
 * reads one back.
 */
public interface Labelled {
  /** Returns the name of the constant; every enum has it. */
  String name();

  /** Returns the label: the name in lower case, {@code -} for {@code _}. */
  default String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Obtains the constant of an enum with a label, ignoring case, surrounding white space and
   * whether words are joined by {@code -}, {@code _} or a space.
   *
   * @param type the enum, not null
   * @param label the label, not null
   * @param <E> the enum
   * @return the constant, not null
   * @throws IllegalArgumentException if no constant has that label; the message lists the labels
   */
  static <E extends Enum<E> & Labelled> E ofLabel(Class<E> type, String label) {
    String key = Objects.requireNonNull(label, "label").strip().toLowerCase(Locale.ROOT).replace('_', '-')
        .replace(' ', '-');
    for (E e : type.getEnumConstants()) {
      if (e.label().equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ")
        .toLowerCase(Locale.ROOT) + " '" + label + "': expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList());
  }
}
