package org.untoc.core;

/**
 * The stable, human-readable identifier of an {@link Entity}, such as {@code untoc}, {@code
 * cmls} or {@code gpml}.
 *
 * <p>An id is a slug of 1 to 100 characters from {@code a-z}, {@code 0-9}, {@code -} and {@code
 * .}, starting and ending with a letter or digit. Ids are never reused for another entity.
 * {@link #toString()} returns the slug and {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntityId extends Identity implements Comparable<EntityId> {
  private EntityId(String value) {
    super(value);
  }

  /**
   * Obtains an id from its slug.
   *
   * @param slug the slug, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the slug is not a valid id
   */
  public static EntityId of(String slug) {
    return new EntityId(checkSlug("entity id", slug));
  }

  /** Compares ids by their slugs. */
  @Override
  public int compareTo(EntityId other) {
    return compareSlugs(other);
  }
}
