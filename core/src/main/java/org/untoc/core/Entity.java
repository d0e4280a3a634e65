package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A thing the registry knows: a unit, an instrument, a body, a programme, a mandate, a service,
 * a topic, a counterpart type or a strategy area.
 *
 * <p>Every entity has a stable {@link #id()}, at least one official name (names may be in any
 * language; {@link #name()} and the other methods without a language answer in English), the editions in which
 * it exists (empty for every edition), identifiers in outside schemes, and the provenance of
 * its existence: the sources that name it. Kind-specific facts live on the subtypes; switch over
 * them with a pattern, or over {@link #kind()}.
 *
 * <h2>Dates</h2>
 * Besides the editions it is in, an entity may have dates of its own, where a source gives them:
 * {@link #established()}, when it came into being, and {@link #ended()}, when it ceased (with a
 * note that says how: "merged with AIRCOP into the Passenger and Cargo Control Programme"), each
 * a {@link DatedFact} with its provenance and its precision (year, month or day). Together they
 * are its {@link #period()}. One model for every kind, in the words each kind's sources use for
 * its start: an instrument is established when it is {@linkplain Instrument#adopted() adopted}
 * (and keeps its entry into force besides), a programme when it {@linkplain Programme#started()
 * started}; units, bodies and the rest have an {@code established} date of their own. A date
 * that no source gives stays empty. A {@linkplain Registry#asOf(java.time.LocalDate) view as of
 * a day} leaves out an entity whose period does not {@linkplain Period#covers(LocalDate) cover}
 * the day.
 *
 * <p>Each kind is built with its builder ({@code Unit.builder()}). Lists and sets that are
 * already immutable are kept, not copied.
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
   * Returns the names: official names, acronyms and aliases, in every language, each with the
   * editions in which it holds. The first official name in English is the primary one.
   */
  ImmutableList<Name> names();

  /** Returns what the entity is or is for, in its sources' words, each with its editions. */
  ImmutableList<Description> descriptions();

  /** Returns the identifiers in outside schemes. */
  ImmutableList<Identifier> identifiers();

  /** Returns the sources that name this entity; never empty. */
  ImmutableList<Provenance> provenance();

  /**
   * Returns when the entity came into being, if a source says: for an instrument its adoption,
   * for a programme its start, for any other kind the date it was established.
   */
  Optional<DatedFact> established();

  /** Returns when the entity ceased to exist, if a source says, with a note on how it ended. */
  Optional<DatedFact> ended();

  /**
   * Returns the time the entity exists by its own dates: from {@link #established()} to {@link
   * #ended()}, either open where unknown; {@linkplain Period#unbounded() unbounded} for an entity
   * with neither.
   */
  default Period period() {
    return Period.of(established(), ended());
  }

  /**
   * Returns why the entity's own dates exclude a day, in words, or empty where they do not: "did
   * not exist yet on 2019-06-01: established 27 December 2019 (General Assembly resolution 74/247)
   * [PUBLIC_RECORD]", "no longer existed on 2025-06-01: ended January 2025 (...) [PUBLIC_RECORD]".
   * An instrument's start is its adoption, a programme's its start.
   */
  default Optional<String> exclusionOn(LocalDate day) {
    Period p = period();
    if (p.startsAfter(day)) {
      return Optional.of("did not exist yet on " + day + ": " + startWord() + " " + p.from().orElseThrow().toText());
    }
    if (p.endsBefore(day)) {
      return Optional.of("no longer existed on " + day + ": ended " + p.to().orElseThrow().toText());
    }
    return Optional.empty();
  }

  /**
   * Returns the entity's dates that leave a day undecided, known only to a year or month that
   * contains it, in words: "established 2014 [PUBLIC_RECORD]"; empty where none does.
   */
  default String undecidedOn(LocalDate day) {
    Period p = period();
    StringBuilder sb = new StringBuilder();
    p.from().filter(f -> f.date().contains(day)).ifPresent(f -> sb.append(startWord()).append(' ').append(f.toText()));
    p.to().filter(t -> t.date().contains(day))
        .ifPresent(t -> sb.append(sb.length() == 0 ? "" : ", ").append("ended ").append(t.toText()));
    return sb.toString();
  }

  /** Returns the word for the entity's start: an instrument is adopted, a programme started, others established. */
  private String startWord() {
    return this instanceof Instrument ? "adopted" : this instanceof Programme ? "started" : "established";
  }

  /**
   * Returns the primary name: the first official name in English in {@link #names()}, or, for an
   * entity that has no official name in English, its first official name. Every entity of the
   * reference data has an official name in English; an entity of your own needs an official
   * name, in any language, and is named by it where it has none in English.
   */
  default String name() {
    return Names.primary(names(), NameType.OFFICIAL).orElseThrow();
  }

  /**
   * Returns the primary acronym: the first acronym in English in {@link #names()}, or, for an
   * entity that has none in English, its first acronym, if any.
   */
  default Optional<String> acronym() {
    return Names.primary(names(), NameType.ACRONYM);
  }

  /**
   * Returns the official name in English in the given edition: the first official name in
   * English that holds there, or else the primary name ({@link #name()}).
   */
  default String nameIn(EditionId edition) {
    return Names.in(names(), NameType.OFFICIAL, edition, Name.ENGLISH).orElseGet(this::name);
  }

  /**
   * Returns the official name in a language in the given edition, falling back to English: the
   * first official name that holds there in the language (or in a language its tag narrows down
   * to: {@code fr} for {@code fr-CA}), or else {@link #nameIn(EditionId)}. A language in which
   * the entity has no recorded name is not translated: the name is the English one. To tell the
   * two apart, ask {@link #namesIn(String)}.
   *
   * @param edition the edition, not null
   * @param language a BCP 47 language tag, such as {@code fr}, not null
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  default String nameIn(EditionId edition, String language) {
    return Names.in(names(), NameType.OFFICIAL, edition, language).orElseGet(() -> nameIn(edition));
  }

  /** Returns the acronym in English in the given edition: the first acronym in English that holds there, if any. */
  default Optional<String> acronymIn(EditionId edition) {
    return Names.in(names(), NameType.ACRONYM, edition, Name.ENGLISH);
  }

  /**
   * Returns the acronym that goes with {@link #nameIn(EditionId, String)}, so that a label is in
   * one language: where the entity has an official name in the language in the given edition, the
   * first acronym that holds there in the language (or in a language its tag narrows down to), or
   * else the English one; where it has no official name in the language, the English acronym,
   * {@link #acronymIn(EditionId)}. An acronym in a language without an official name in it (the
   * Spanish "CdP" of the Conference of the Parties) stays among {@link #namesIn(String)} and is
   * found by lookups.
   *
   * @param edition the edition, not null
   * @param language a BCP 47 language tag, not null
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  default Optional<String> acronymIn(EditionId edition, String language) {
    if (Names.in(names(), NameType.OFFICIAL, edition, language).isEmpty()) {
      return acronymIn(edition);
    }
    Optional<String> in = Names.in(names(), NameType.ACRONYM, edition, language);
    return in.isPresent() ? in : acronymIn(edition);
  }

  /** Returns the names of type {@link NameType#ALIAS}, in every language. */
  default ImmutableList<Name> aliases() {
    return names().stream().filter(n -> n.type() == NameType.ALIAS).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the names in a language, of every type and edition, in order; without falling back
   * to another language: empty where the entity has no name in it.
   *
   * @param language a BCP 47 language tag, such as {@code ar}, not null
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  default ImmutableList<Name> namesIn(String language) {
    String tag = Name.parseLanguage(language);
    return names().stream().filter(n -> n.language().equals(tag)).collect(ImmutableList.toImmutableList());
  }

  /** Returns the languages of the names, each once, in the order in which they first appear. */
  default ImmutableSet<String> languages() {
    return names().stream().map(Name::language).collect(ImmutableSet.toImmutableSet());
  }

  /** Returns the descriptions that hold in an edition, in order. */
  default ImmutableList<Description> descriptionsIn(EditionId edition) {
    return descriptions().stream().filter(d -> d.holdsIn(edition)).collect(ImmutableList.toImmutableList());
  }

  /** Returns "ACRONYM (Official name)", or the official name where there is no acronym; in English. */
  default String label() {
    return acronym().map(a -> a + " (" + name() + ")").orElseGet(this::name);
  }

  /**
   * Returns "ACRONYM (Official name)" in English as of an edition, or the name there where it has
   * no acronym.
   */
  default String labelIn(EditionId edition) {
    String name = nameIn(edition);
    return acronymIn(edition).map(a -> a + " (" + name + ")").orElse(name);
  }

  /**
   * Returns "ACRONYM (Official name)" in a language as of an edition, or the name where it has no
   * acronym: {@link #acronymIn(EditionId, String)} and {@link #nameIn(EditionId, String)}, each
   * falling back to English on its own.
   *
   * @param edition the edition, not null
   * @param language a BCP 47 language tag, not null
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  default String labelIn(EditionId edition, String language) {
    String name = nameIn(edition, language);
    return acronymIn(edition, language).map(a -> a + " (" + name + ")").orElse(name);
  }
}
