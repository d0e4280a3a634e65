package org.untoc.core;

/** The type of an organisation {@link Unit}. */
public enum UnitType implements Labelled {
  /** An office, such as UNODC. */
  OFFICE,
  /** A division, such as the Division for Treaty Affairs. */
  DIVISION,
  /** A branch, such as the Organized Crime and Illicit Trafficking Branch. */
  BRANCH,
  /** A section of a branch. */
  SECTION,
  /** The front office of a branch. */
  FRONT_OFFICE
}
