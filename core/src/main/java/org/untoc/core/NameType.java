package org.untoc.core;

/** What a {@link Name} of an entity is. */
public enum NameType implements Labelled {
  /** The official name in full, such as "Cybercrime and Money Laundering Section". */
  OFFICIAL,
  /** The acronym, such as "CMLS". */
  ACRONYM,
  /** Another name the entity goes by: a short name, a spelling variant, a descriptive title. */
  ALIAS
}
