package org.untoc.core.change;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.untoc.core.Basis;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Labelled;
import org.untoc.core.NameType;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;

/**
 * One change between two editions of a registry, in the spirit of the W3C Organization
 * Ontology's {@code org:ChangeEvent}: an entity created or dissolved, renamed, moved to another
 * parent or unit, merged or split, or a relation that begins or ends.
 *
 * <p>Each change names its {@linkplain #subject() subject}, the two editions, the relations or
 * names behind it, and the {@linkplain #provenance() provenance} of the facts it rests on; its
 * {@linkplain #basis() basis} is the weakest of theirs. See {@link EditionDiff} for how changes
 * are derived.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Change {
  Change() {}

  /** What kind of change it is; the order of the constants is the order of an {@link EditionDiff}. */
  public enum Type implements Labelled {
    /** The subject exists in the later edition and not in the earlier. */
    CREATED,
    /** The subject exists in the earlier edition and not in the later. */
    DISSOLVED,
    /** The subject's official name or acronym differs: see {@link #nameType()}. */
    RENAMED,
    /**
     * The subject is part of another unit or body ({@code PART_OF}), or a programme is run by
     * another unit ({@code RUNS}): see {@link #was()} and {@link #now()}.
     */
    MOVED,
    /**
     * Dissolved units whose programmes all moved to one created unit, the subject: see {@link
     * #parts()}. Derived from the moves; not a relation of its own.
     */
    MERGED,
    /**
     * A dissolved unit, the subject, whose programmes moved to two or more units: see {@link
     * #parts()}. Derived from the moves; not a relation of its own.
     */
    SPLIT,
    /** A relation holds in the later edition and not in the earlier: see {@link #newRelation()}. */
    LINKED,
    /**
     * A relation held in the earlier edition and not in the later, while its subject still
     * exists: see {@link #oldRelation()}. For a programme whose unit is unlinked, the later
     * edition does not know who runs it.
     */
    UNLINKED
  }

  /** What a change rests on. */
  public enum Evidence implements Labelled {
    /** Facts of the later edition: it holds something the earlier did not, or holds it otherwise. */
    FACTS,
    /**
     * The silence of an edition: the later edition does not hold what the earlier did, or the
     * earlier one gave no name where the later gives one. Where editions follow source documents,
     * one document does not mention what the other does, and no source states that it ended or
     * began; the provenance is that of the facts the other edition states. Dissolved entities,
     * unlinked relations, the merges and splits derived from them, and renames from or to no
     * name rest on silence.
     */
    SILENCE
  }

  /** Returns what kind of change it is. */
  public abstract Type type();

  /** Returns what the change rests on: facts of the later edition, or its silence. */
  public abstract Evidence evidence();

  /**
   * Returns the entity that changed: the entity created, dissolved or renamed; the unit or body
   * moved to another parent; the programme moved to another unit; the unit merged into or
   * split; for a relation linked or unlinked, the programme of a {@code RUNS} relation and the
   * {@code from} end of any other.
   */
  public abstract EntityId subject();

  /** Returns the earlier edition. */
  public abstract EditionId fromEdition();

  /** Returns the later edition. */
  public abstract EditionId toEdition();

  /** Returns the relation that held in the earlier edition: for MOVED and UNLINKED. */
  public abstract Optional<Relation> oldRelation();

  /** Returns the relation that holds in the later edition: for MOVED and LINKED. */
  public abstract Optional<Relation> newRelation();

  /** Returns which name changed: for RENAMED, {@link NameType#OFFICIAL} or {@link NameType#ACRONYM}. */
  public abstract Optional<NameType> nameType();

  /** Returns the name in the earlier edition: for RENAMED; empty where there was no acronym. */
  public abstract Optional<String> oldName();

  /** Returns the name in the later edition: for RENAMED; empty where there is no acronym. */
  public abstract Optional<String> newName();

  /**
   * Returns the units merged into the subject (MERGED) or the units the subject split into
   * (SPLIT), in registry order; empty for other changes.
   */
  public abstract ImmutableList<EntityId> parts();

  /** Returns where the facts behind the change come from; never empty. */
  public abstract ImmutableList<Provenance> provenance();

  /**
   * Returns the weakest basis of the facts behind the change: {@link Basis#INFERRED} if any is
   * inferred, else {@link Basis#PUBLIC_RECORD} if any is from the public record, else {@link
   * Basis#STATED}.
   */
  @Value.Derived
  public Basis basis() {
    Basis weakest = Basis.STATED;
    for (Provenance p : provenance()) {
      if (p.basis().ordinal() > weakest.ordinal()) {
        weakest = p.basis();
      }
    }
    return weakest;
  }

  /**
   * Returns what the change rests on, as the diff's text prints it: the {@linkplain #basis()
   * basis} of the facts behind it, such as {@code STATED}; for a change that rests on silence,
   * {@code silence; earlier STATED} where something is gone, {@code silence; STATED} where one
   * edition gives no name.
   */
  public String restsOn() {
    if (evidence() == Evidence.FACTS) {
      return basis().toString();
    }
    return (type() == Type.RENAMED ? "silence; " : "silence; earlier ") + basis();
  }

  /**
   * Returns the entity at the other end of the old relation: the former parent or unit of a
   * move, or the other end of an unlinked relation.
   */
  public Optional<EntityId> was() {
    return oldRelation().map(this::otherEnd);
  }

  /**
   * Returns the entity at the other end of the new relation: the new parent or unit of a move,
   * or the other end of a linked relation.
   */
  public Optional<EntityId> now() {
    return newRelation().map(this::otherEnd);
  }

  private EntityId otherEnd(Relation r) {
    return r.from().equals(subject()) ? r.to() : r.from();
  }

  /** Returns a builder of changes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Change} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (provenance().isEmpty()) {
      throw new IllegalArgumentException("change " + type() + " of " + subject() + ": needs provenance");
    }
  }

  /** Returns a one-line form: "moved gpml: iss -> cmls (ocb-brochure -> ocb-overview, INFERRED)". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type().label())
        .append(' ').append(subject());
    switch (type()) {
      case RENAMED -> sb.append(' ').append(nameType().orElseThrow().label())
          .append(": ").append(oldName().orElse("-")).append(" -> ").append(newName().orElse("-"));
      case MOVED -> sb.append(": ").append(was().orElseThrow()).append(" -> ").append(now().orElseThrow());
      case MERGED, SPLIT -> sb.append(": ").append(parts());
      case LINKED -> sb.append(": ").append(newRelation().orElseThrow());
      case UNLINKED -> sb.append(": ").append(oldRelation().orElseThrow());
      default -> { }
    }
    return sb.append(" (").append(fromEdition()).append(" -> ").append(toEdition()).append(", ")
        .append(evidence() == Evidence.SILENCE ? "silence; " : "").append(basis()).append(')').toString();
  }
}
