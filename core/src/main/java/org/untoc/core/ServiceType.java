package org.untoc.core;

/** The type of a {@link Service}. */
public enum ServiceType implements Labelled {
  /** A form in which technical assistance is delivered. */
  ASSISTANCE_FORM,
  /** An area in which a section offers support and assistance to countries. */
  SUPPORT_AREA,
  /** A service the source lists under a mandate: what the secretariat does for a body. */
  MANDATE_SERVICE
}
