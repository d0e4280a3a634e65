package org.untoc.core.reference;

import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;

/** Short factories that keep the area classes readable. */
final class Facts {
  static final EditionId BROCHURE = ReferenceData.BROCHURE;
  static final EditionId OVERVIEW = ReferenceData.OVERVIEW;

  /** The public-record file's section on the branch over time, the source of the inferences. */
  static final String BRANCH_OVER_TIME = "public record: The Branch over time";

  private Facts() {}

  /** A fact seed 000, the current overview, states in the quoted words. */
  static Provenance s0(String quote) {
    return Provenance.stated(Sources.SEED_000, quote);
  }

  /** A fact seed 001, the older brochure, states in the quoted words. */
  static Provenance s1(String quote) {
    return Provenance.stated(Sources.SEED_001, quote);
  }

  /** A fact from the public record, with its citation. */
  static Provenance pr(String citation) {
    return Provenance.publicRecord(citation);
  }

  /** An inferred fact, with what it starts from and why it holds. */
  static Provenance inferred(String from, String rationale) {
    return Provenance.inferred(from, rationale);
  }

  static EntityId id(String slug) {
    return EntityId.of(slug);
  }

  static Name official(String text, Provenance p) {
    return Name.official(text, p);
  }

  static Name acronym(String text, Provenance p) {
    return Name.acronym(text, p);
  }

  static Name alias(String text, Provenance p) {
    return Name.alias(text, p);
  }

  /** A relation that holds wherever both its entities exist. */
  static Relation rel(String from, RelationKind kind, String to, Provenance p) {
    return Relation.of(id(from), kind, id(to), p);
  }

  /** A relation that holds only in the given edition. */
  static Relation rel(String from, RelationKind kind, String to, EditionId edition, Provenance p) {
    return Relation.of(id(from), kind, id(to), p).in(edition);
  }
}
