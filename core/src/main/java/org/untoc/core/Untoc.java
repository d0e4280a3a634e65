package org.untoc.core;

import org.untoc.core.reference.ReferenceData;

/**
 * The entry point of untoc: the embedded reference dataset.
 *
 * <p>The reference registry holds the UNTOC institutional domain as the two source documents
 * and the public record describe it: two editions of the UNODC branch that serves the
 * Convention (the older "Organized Crime Branch" brochure, {@code ocb-brochure}, and the current
 * "Overview and organizational chart", {@code ocb-overview}), the Convention and its Protocols,
 * the treaty bodies, the units, programmes, mandates, services, topics, counterpart types and
 * strategy area they name, every fact with its basis and source.
 *
 * <pre>{@code
 * Registry r = Untoc.reference();
 * r.latest();                                      // ocb-overview
 * OrgChart.of(r, r.latest().id()).toText();        // the current chart
 * }</pre>
 */
public final class Untoc {
  /** The id of the older edition: the "Organized Crime Branch" brochure. */
  public static final EditionId OCB_BROCHURE = ReferenceData.BROCHURE;
  /** The id of the current edition: the "Overview and organizational chart" of the branch. */
  public static final EditionId OCB_OVERVIEW = ReferenceData.OVERVIEW;

  private Untoc() {}

  /**
   * Returns the embedded reference registry, built on first use, once, thread-safely.
   *
   * @return the reference registry, not null
   */
  public static Registry reference() {
    return Holder.REFERENCE;
  }

  private static final class Holder {
    static final Registry REFERENCE = ReferenceData.build();
  }
}
