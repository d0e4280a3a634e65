package org.untoc.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a lookup finds no entity, or finds more than one where one was asked for.
 *
 * <p>It carries what was looked up, in which edition, and the {@linkplain #candidates()
 * candidates}: the entities the name names in other editions and the close matches of an unknown
 * name ("did you mean ..."), or every entity an ambiguous name names. The message says the same
 * in words: "no unit 'CMSL' in edition ocb-overview; did you mean CMLS (Cybercrime and Money
 * Laundering Section)?", "no entity 'ISS' in edition ocb-overview; it names unit ISS
 * (Implementation Support Section) in edition ocb-brochure".
 */
public final class LookupException extends UntocException {
  private static final long serialVersionUID = 1L;

  /** Why a lookup failed. */
  public enum Reason implements Labelled {
    /** Nothing matches; the candidates are close matches, if any. */
    NOT_FOUND,
    /**
     * Nothing matches in the edition, but the name names an entity that exists only in other
     * editions: the candidates are those entities first, then close matches in the edition.
     */
    NOT_IN_EDITION,
    /**
     * In a {@linkplain EditionView#at(java.time.LocalDate) view as of a day}, the name names only
     * entities of the edition whose own dates exclude the day: established after it or ended
     * before it. The candidates are those entities; the message gives their dates.
     */
    NOT_ON_DATE,
    /** More than one entity matches; the candidates are all of them. */
    AMBIGUOUS
  }

  private final Reason reason;
  private final String query;
  @SuppressWarnings("serial") // EditionId is not serializable
  private final @Nullable EditionId edition;
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Entity> candidates;
  private final @Nullable EntityKind kind;

  LookupException(Reason reason, String query, Optional<EntityKind> kind, @Nullable EditionId edition,
      ImmutableList<Entity> candidates, String message) {
    super(message);
    this.reason = reason;
    this.query = query;
    this.kind = kind.orElse(null);
    this.edition = edition;
    this.candidates = candidates;
  }

  /** Returns why the lookup failed. */
  public Reason reason() {
    return reason;
  }

  /** Returns the text or id that was looked up, as given. */
  public String query() {
    return query;
  }

  /** Returns the kind of entity that was asked for; empty if any kind would do. */
  public Optional<EntityKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * Returns the edition the lookup was made in; empty for a lookup in every edition, such as
   * {@link Registry#get(String)}.
   */
  public Optional<EditionId> edition() {
    return Optional.ofNullable(edition);
  }

  /**
   * Returns the entities an unknown name names in other editions, newest edition first, then
   * its close matches, best first; or every entity an ambiguous name names, in registry order.
   */
  public ImmutableList<Entity> candidates() {
    return candidates;
  }
}
