package org.untoc.core;

/**
 * The identifier of an {@link Edition}, such as {@code ocb-overview}.
 *
 * <p>The same slug rules as {@link EntityId} apply. {@link #toString()} returns the slug and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EditionId extends Identity implements Comparable<EditionId> {
  private EditionId(String value) {
    super(value);
  }

  /**
   * Obtains an edition id from its slug.
   *
   * @param slug the slug, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the slug is not a valid id
   */
  public static EditionId of(String slug) {
    return new EditionId(checkSlug("edition id", slug));
  }

  /** Compares edition ids by their slugs. */
  @Override
  public int compareTo(EditionId other) {
    return compareSlugs(other);
  }
}
