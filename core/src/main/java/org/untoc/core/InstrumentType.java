package org.untoc.core;

/** The type of an {@link Instrument}. */
public enum InstrumentType implements Labelled {
  /** A convention. */
  CONVENTION,
  /** A protocol supplementing a convention. */
  PROTOCOL,
  /** A resolution of the UN General Assembly. */
  GENERAL_ASSEMBLY_RESOLUTION,
  /** A resolution of the Conference of the Parties. */
  COP_RESOLUTION,
  /** A decision of the Conference of the Parties. */
  COP_DECISION,
  /** A resolution of the Commission on Crime Prevention and Criminal Justice. */
  CCPCJ_RESOLUTION
}
