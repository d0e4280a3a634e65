package org.untoc.core.reference;

import java.util.List;
import org.untoc.core.Description;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Source;

/** Short factories that keep the area classes readable. */
final class Facts {
  static final EditionId BROCHURE = ReferenceData.BROCHURE;
  static final EditionId OVERVIEW = ReferenceData.OVERVIEW;

  private Facts() {}

  /** A fact the overview states in the quoted words. */
  static Provenance s0(String quote) {
    return Provenance.stated(Sources.OVERVIEW.reference(), quote);
  }

  /** A fact the brochure states in the quoted words. */
  static Provenance s1(String quote) {
    return Provenance.stated(Sources.BROCHURE.reference(), quote);
  }

  /** A fact of the public record, citing the document that gives it. */
  static Provenance pr(Source document) {
    return Provenance.publicRecord(document.reference());
  }

  /** An inferred fact: the document it starts from, and why it holds. */
  static Provenance inferred(Source from, String rationale) {
    return Provenance.inferred(from.reference(), rationale);
  }

  /**
   * The words of a list from its lead-in through one of its items, as the document writes them:
   * the lead-in, the gap that follows it, then the item lines (each with its bullet) up to and
   * including item {@code k}. Such a quote states what the lead-in says of that item.
   */
  static String listThrough(String leadIn, String gap, List<String> lines, int k) {
    return leadIn + gap + String.join("\n", lines.subList(0, k + 1));
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

  /** What an entity is or does, in the words of the provenance's quote, in one edition. */
  static Description desc(String text, EditionId edition, Provenance p) {
    return Description.of(text, p).in(edition);
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
