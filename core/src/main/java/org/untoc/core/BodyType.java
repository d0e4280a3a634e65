package org.untoc.core;

/** The type of a {@link Body}. */
public enum BodyType implements Labelled {
  /** A conference of the parties to a treaty. */
  CONFERENCE,
  /** The bureau of a conference. */
  BUREAU,
  /** A working group of a conference. */
  WORKING_GROUP,
  /** A mechanism for reviewing implementation. */
  REVIEW_MECHANISM,
  /** An ad hoc committee. */
  AD_HOC_COMMITTEE
}
