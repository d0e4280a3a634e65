package org.untoc.core;

import com.google.common.collect.ImmutableSet;

/**
 * Something that holds in some editions of a registry: an entity, a name, a relation, a contact.
 */
public interface Editioned {
  /**
   * Returns the editions in which this holds; empty means every edition of the registry.
   *
   * <p>Timeless things, such as a treaty, leave this empty; parts of an organisation chart
   * name the editions of the chart that show them.
   */
  ImmutableSet<EditionId> editions();

  /** Returns true if this holds in the given edition. */
  default boolean holdsIn(EditionId edition) {
    return editions().isEmpty() || editions().contains(edition);
  }
}
