package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A thing the registry knows: a unit, an instrument, a body, a programme, a mandate, a service,
 * a topic, a counterpart type or a strategy area.
 *
 * <p>Every entity has a stable {@link #id()}, at least one official name, the editions in which
 * it exists (empty for every edition), identifiers in outside schemes, and the provenance of
 * its existence: the sources that name it. Kind-specific facts live on the subtypes; switch over
 * them with a pattern, or over {@link #kind()}.
 *
 * <p>Each kind is built with its builder ({@code Unit.builder()}). Its generated class also has a
 * constructor of every attribute, for readers that have them all at hand:
 * {@code ImmutableTopic.of(id, editions, names, identifiers, provenance)}, the attributes of the
 * kind following in the order the kind declares them. Lists and sets that are already immutable
 * are kept, not copied.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Entity extends Editioned
    permits Unit, Instrument, Body, Programme, Mandate, Service, Topic, CounterpartType, StrategyArea {

  /** Returns the editions in which the entity exists; empty for every edition. */
  @Override
  ImmutableSet<EditionId> editions();

  /** Returns the stable id. */
  EntityId id();

  /**
   * Returns the ids the entity had before its id changed, oldest first; empty for most. Ids are
   * never reused: a former id is no entity's id and no other entity's former id, and lookups by
   * id resolve it to this entity ({@link Registry#find(EntityId)}, {@link EditionView#find(String)}).
   */
  ImmutableSet<EntityId> formerIds();

  /** Returns the kind of entity. */
  EntityKind kind();

  /**
   * Returns the names: official names, acronyms and aliases, each with the editions in which it
   * holds. The first official name is the primary one.
   */
  ImmutableList<Name> names();

  /** Returns what the entity is or is for, in its sources' words, each with its editions. */
  ImmutableList<Description> descriptions();

  /** Returns the identifiers in outside schemes. */
  ImmutableList<Identifier> identifiers();

  /** Returns the sources that name this entity; never empty. */
  ImmutableList<Provenance> provenance();

  /** Returns the primary official name: the first official name in {@link #names()}. */
  default String name() {
    return Names.primary(names(), NameType.OFFICIAL).orElseThrow();
  }

  /** Returns the primary acronym: the first acronym in {@link #names()}, if any. */
  default Optional<String> acronym() {
    return Names.primary(names(), NameType.ACRONYM);
  }

  /**
   * Returns the official name in the given edition: the first official name that holds there, or else the
   * primary name.
   */
  default String nameIn(EditionId edition) {
    return Names.in(names(), NameType.OFFICIAL, edition).orElseGet(this::name);
  }

  /** Returns the acronym in the given edition: the first acronym that holds there, if any. */
  default Optional<String> acronymIn(EditionId edition) {
    return Names.in(names(), NameType.ACRONYM, edition);
  }

  /** Returns the names of type {@link NameType#ALIAS}. */
  default ImmutableList<Name> aliases() {
    return names().stream().filter(n -> n.type() == NameType.ALIAS).collect(ImmutableList.toImmutableList());
  }

  /** Returns the descriptions that hold in an edition, in order. */
  default ImmutableList<Description> descriptionsIn(EditionId edition) {
    return descriptions().stream().filter(d -> d.holdsIn(edition)).collect(ImmutableList.toImmutableList());
  }

  /** Returns "ACRONYM (Official name)", or the official name where there is no acronym. */
  default String label() {
    return acronym().map(a -> a + " (" + name() + ")").orElseGet(this::name);
  }

  /** Returns "ACRONYM (Official name)" as of an edition, or the name there where it has no acronym. */
  default String labelIn(EditionId edition) {
    String name = nameIn(edition);
    return acronymIn(edition).map(a -> a + " (" + name + ")").orElse(name);
  }
}
