package org.untoc.core;

/**
 * The integrity rules a {@link Registry} is checked against when it is built.
 */
public enum Rule implements Labelled {
  /** Two editions share an id. */
  DUPLICATE_EDITION,
  /** Two sources share an id or a reference. */
  DUPLICATE_SOURCE,
  /** Two entities share an id, or an entity's former id is the id or a former id of another. */
  DUPLICATE_ID,
  /** An entity, name, contact or relation names an edition the registry does not have. */
  UNKNOWN_EDITION,
  /** A relation names an entity the registry does not have. */
  DANGLING_REFERENCE,
  /** A relation joins kinds of entity its kind does not allow. */
  KIND_MISMATCH,
  /** A relation joins an entity to itself. */
  SELF_RELATION,
  /** The same relation (kind, from, to) is given twice for one edition. */
  DUPLICATE_RELATION,
  /** A relation holds in an edition in which one of its entities does not exist. */
  OUTSIDE_EDITION,
  /** Part-of relations form a cycle in an edition. */
  PART_OF_CYCLE,
  /** An entity is part of two entities in one edition. */
  MULTIPLE_PARENTS,
  /** A programme is run by two units in one edition at one time: their runs relations have periods that overlap. */
  MULTIPLE_OWNERS;

}
