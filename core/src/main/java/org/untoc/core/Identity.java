package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shared shape of {@link EntityId} and {@link EditionId}: a lower-case, human-readable slug
 * ({@code cmls}, {@code ocb-overview}) that is its own canonical form.
 */
abstract class Identity {
  private static final CharMatcher ALNUM =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).precomputed();
  private static final CharMatcher SLUG = ALNUM.or(CharMatcher.anyOf("-.")).precomputed();
  static final int MAX_LENGTH = 100;

  private final String value;
  private final int hash;

  Identity(String value) {
    this.value = value;
    this.hash = value.hashCode();
  }

  /**
   * Checks that {@code text} is a valid slug and returns it.
   *
   * @param what what the slug identifies, for the message
   * @param text the slug, not null
   */
  static String checkSlug(String what, String text) {
    Objects.requireNonNull(text, what);
    checkArgument(!text.isEmpty(), "%s must not be empty", what);
    checkArgument(text.length() <= MAX_LENGTH,
        "%s must have at most %s characters, found %s", what, MAX_LENGTH, text.length());
    checkArgument(SLUG.matchesAllOf(text),
        "%s '%s' may contain only a-z, 0-9, '-' and '.'", what, text);
    checkArgument(ALNUM.matches(text.charAt(0)) && ALNUM.matches(text.charAt(text.length() - 1)),
        "%s '%s' must start and end with a letter or digit", what, text);
    return text;
  }

  /** Returns true if {@code text} is a valid slug. */
  static boolean isSlug(String text) {
    return !text.isEmpty() && text.length() <= MAX_LENGTH && SLUG.matchesAllOf(text)
        && ALNUM.matches(text.charAt(0)) && ALNUM.matches(text.charAt(text.length() - 1));
  }

  /** Returns the slug, the canonical form that {@code of} reads back. */
  @Override
  public final String toString() {
    return value;
  }

  @Override
  public final boolean equals(@Nullable Object obj) {
    return obj == this || obj != null && obj.getClass() == getClass() && ((Identity) obj).hash == hash
        && ((Identity) obj).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  /** Compares the slugs, for the {@code compareTo} of the subclasses. */
  final int compareSlugs(Identity other) {
    return value.compareTo(other.value);
  }
}
