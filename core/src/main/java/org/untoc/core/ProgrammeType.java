package org.untoc.core;

/** The type of a {@link Programme}. */
public enum ProgrammeType implements Labelled {
  /** A global programme or global action. */
  GLOBAL_PROGRAMME,
  /** A study, such as the Comprehensive Study on Cybercrime. */
  STUDY
}
