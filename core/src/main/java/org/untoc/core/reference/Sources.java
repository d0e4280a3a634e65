package org.untoc.core.reference;

/** The names of the source documents the reference data cites. */
final class Sources {
  /** The current "Overview and organizational chart" of the branch. */
  static final String SEED_000 = "seeds/000_561e529bf6eb8929.txt";
  /** The older "Organized Crime Branch" brochure. */
  static final String SEED_001 = "seeds/001_d4002eb91bcce051.txt";

  private Sources() {}
}
