package org.untoc.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.untoc.core.RegistryIndex.Edge;
import org.untoc.core.RegistryIndex.Node;
import org.untoc.core.RegistryIndex.Posting;

/**
 * A {@link Registry} as of one edition: the entities that exist in it, their names there, the
 * relations that hold there, and the questions one asks of them.
 *
 * <p>Obtain a view with {@link Registry#view(EditionId)}, {@link Registry#view(String)} or {@link
 * Registry#latestView()}.
 *
 * <h2>Lookups</h2>
 * {@link #find(String)} and {@link #get(String)} take an id, an acronym, an official name or an
 * alias, in any language, compared in the normal form of {@link NameKey}: after Unicode
 * normalisation (NFKC), ignoring case (full case folding), surrounding and repeated white space,
 * and typographic dashes and quotes. They try, in turn: the id; the names that hold in this
 * edition; the names the entity bears in other editions (former names, later names, spelling
 * variants); then the same names again, ignoring diacritics ({@link NameKey#ofIgnoringMarks}), so
 * that {@code criminalite transnationale organisee} finds the Convention by its French name and a
 * name written exactly as asked ranks before one that differs in its marks. The first step that
 * matches decides; if it matches two or more entities, the text is ambiguous and a {@link
 * LookupException} says so, listing them. Only entities that exist in this edition are found:
 * where the text names nothing here but names an entity that exists only in other editions, the
 * exception's reason is {@link LookupException.Reason#NOT_IN_EDITION}, its message says in which
 * editions, and that entity comes first among its candidates, before the near spellings of this
 * edition. {@link Registry#find(String)} looks in every edition.
 *
 * <h2>Relationship queries: the vocabulary</h2>
 * Every query is named for what it answers, and reads as a phrase: {@code childrenOf(ocb)} is
 * "the children of OCB".
 * <ul>
 *   <li>{@code <role>Of(e)}: the entities directly related to {@code e} in that role. A singular
 *       role answers with an {@code Optional} ({@link #parentOf}, {@link #unitOf}), a plural one
 *       with a list ({@link #childrenOf}, {@link #programmesOf}, {@link #holdersOf}). Where one
 *       role joins {@code e} by different relations for different kinds of {@code e}, the kinds
 *       never overlap and the method says which relation applies to which: {@link #mandatesOf}
 *       a unit are those it holds, of a body those that concern it.
 *   <li>{@code all<Role>Of(e)}, {@link #pathToRootOf} and {@link #descendantsOf}: the same role
 *       gathered further, over the units below {@code e} or through the mandates it holds.
 *   <li>{@code relationsFrom(e, kind)}, {@code relationsTo(e, kind)}, {@code linksFrom(e, kind)}
 *       and {@code linksTo(e, kind)}: any kind of relation, leaving or reaching {@code e}; a
 *       {@link Link} holds the entity at the other end and the relation, with its basis and
 *       source.
 *   <li>{@code contains(e)}, {@code holds(relation)}: whether something is part of this edition.
 * </ul>
 * Every query takes the entity it is asked about, not null, as an {@link EntityId} or as a {@code
 * String}: an id, acronym, official name or alias, looked up as {@link #get(String)} does, which
 * throws a {@link LookupException} where nothing in this edition bears the name. An {@code EntityId} the registry
 * does not know also throws a {@link LookupException}; an entity that does not exist in this
 * edition, or is of a kind the query does not join, has no relations here and gets an empty
 * answer.
 *
 * <p>Lists are in the order in which the relations behind them were given to the {@link
 * Registry.Builder}, unless a method says otherwise. A query costs time in proportion to the
 * relations of the entity it is asked about, not to the size of the registry.
 *
 * <table>
 *   <caption>The queries, by relation kind</caption>
 *   <tr><th>relation</th><th>from its subject</th><th>from its object</th></tr>
 *   <tr><td>{@code PART_OF}</td><td>{@link #parentOf}, {@link #pathToRootOf}</td>
 *       <td>{@link #childrenOf}, {@link #descendantsOf}</td></tr>
 *   <tr><td>{@code RUNS}</td><td>{@link #programmesOf} (a unit), {@link #allProgrammesOf}</td>
 *       <td>{@link #unitOf}</td></tr>
 *   <tr><td>{@code HAS_MANDATE}</td><td>{@link #mandatesOf} (a unit)</td><td>{@link #holdersOf}</td></tr>
 *   <tr><td>{@code CONCERNS}</td><td>{@link #concernsOf}</td><td>{@link #mandatesOf} (a body or an
 *       instrument)</td></tr>
 *   <tr><td>{@code SUBSIDIARY_OF}</td><td>{@link #principalsOf}</td><td>{@link #subsidiariesOf}</td></tr>
 *   <tr><td>{@code SUPPLEMENTS}</td><td>{@link #conventionsOf}</td><td>{@link #protocolsOf}</td></tr>
 *   <tr><td>{@code SUPPORTS_IMPLEMENTATION_OF}</td><td>{@link #instrumentsOf}</td><td>{@link #supportersOf}</td></tr>
 *   <tr><td>{@code ESTABLISHED_BY}</td><td>{@link #foundingActsOf}</td><td>{@link #establishmentsOf}</td></tr>
 *   <tr><td>{@code OFFERS}</td><td>{@link #servicesOf}, {@link #allServicesOf}</td>
 *       <td>{@link #providersOf}, {@link #allProvidersOf}</td></tr>
 *   <tr><td>{@code ADDRESSES}</td><td>{@link #topicsOf}</td><td>{@link #programmesOf} (a topic), {@link
 *       #unitsOf}</td></tr>
 *   <tr><td>{@code ENGAGES}</td><td>{@link #counterpartsOf}</td><td>{@link #partnersOf}</td></tr>
 *   <tr><td>any</td><td>{@link #relationsFrom}, {@link #linksFrom}</td><td>{@link #relationsTo},
 *       {@link #linksTo}</td></tr>
 * </table>
 *
 * <h2>As of a day</h2>
 * A view may also be taken as of a day: {@link Registry#asOf(LocalDate)} chooses the edition whose
 * period covers the day, and {@link #at(LocalDate)} takes this edition as of any day. Such a view
 * answers every question above as the edition does, less what the day excludes by its own dates:
 * <ul>
 *   <li>an entity is there if it exists in the edition and its {@linkplain Entity#period() period}
 *       {@linkplain Period#covers(LocalDate) covers} the day. Its dates exclude the day if it was
 *       established after the day or ended before it, each partial date taken as the interval of
 *       its days ({@link PartialDate}): a body established on 2019-12-27 is not there on
 *       2019-06-01; a programme that ended in 2015 is not there on 2016-01-01.
 *   <li>The undecided case, a date known only to the year or month that contains the day (a body
 *       established in {@code 2018} against 2018-10-19), does not exclude it: the source does not
 *       say the entity came later. The entity is there, and {@link #isUncertain(EntityId)} says
 *       its dates leave the day undecided.
 *   <li>An entity without dates of its own is there exactly as in the edition; an instrument is
 *       established by its adoption, so one adopted but not yet in force is there, and {@link
 *       Instrument#isInForceOn(LocalDate)} says it is not in force.
 *   <li>a relation is there if it holds in the edition, its own period (from {@linkplain
 *       Relation#since() since} to {@linkplain Relation#until() until}) covers the day, and both
 *       its entities are there.
 * </ul>
 * A lookup of a name that the edition has but the day excludes fails with the reason {@link
 * LookupException.Reason#NOT_ON_DATE}, and its message gives the dates that exclude the day. A
 * view without a day is not slowed by any of this: only the entities and relations with dates of
 * their own are looked at, once, when a view as of a day is made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EditionView {
  private static final int MAX_SUGGESTIONS = 3;

  private final Registry registry;
  private final RegistryIndex index;
  private final Edition edition;
  private final int position;
  /** The day this is a view as of; null for the edition as a whole. */
  private final @Nullable LocalDate day;
  /** The positions of the entities the day excludes by their own dates; null without a day. */
  private final @Nullable BitSet goneEntities;
  /** The positions of the relations the day excludes, by their dates or their entities'; null without a day. */
  private final @Nullable BitSet goneRelations;

  EditionView(Registry registry, RegistryIndex index, int position) {
    this.registry = registry;
    this.index = index;
    this.edition = registry.editions().get(position);
    this.position = position;
    this.day = null;
    this.goneEntities = null;
    this.goneRelations = null;
  }

  /** A view of the edition of another as of a day: the entities and relations the day excludes, found once. */
  private EditionView(EditionView edition, LocalDate day) {
    this.registry = edition.registry;
    this.index = edition.index;
    this.edition = edition.edition;
    this.position = edition.position;
    this.day = day;
    this.goneEntities = new BitSet();
    this.goneRelations = new BitSet();
    for (int e : index.datedEntities()) {
      Node node = Objects.requireNonNull(index.node(e));
      if (!node.entity().period().covers(day)) {
        goneEntities.set(e);
        node.out().forEach(edge -> goneRelations.set(edge.position()));
        node.in().forEach(edge -> goneRelations.set(edge.position()));
      }
    }
    for (int r : index.datedRelations()) {
      if (!registry.relations().get(r).period().covers(day)) {
        goneRelations.set(r);
      }
    }
  }

  /** Returns the registry this is a view of. */
  public Registry registry() {
    return registry;
  }

  /** Returns the edition this is a view as of. */
  public Edition edition() {
    return edition;
  }

  /** Returns the id of the edition this is a view as of. */
  public EditionId editionId() {
    return edition.id();
  }

  /** Returns true if this is a view of the newest edition of its registry. */
  public boolean isLatest() {
    return position == registry.editions().size() - 1;
  }

  // ---------------------------------------------------------------- as of a day

  /** Returns the day this is a view as of; empty for a view of the edition as a whole. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(day);
  }

  /**
   * Returns a view of this edition as of a day: the edition less the entities and relations whose
   * own dates exclude the day (see the class description). The day need not lie in the edition's
   * period; {@link Registry#asOf(LocalDate)} chooses the edition that covers it.
   *
   * @param day the day, not null
   * @return the view, not null
   */
  public EditionView at(LocalDate day) {
    return new EditionView(this, Objects.requireNonNull(day, "day"));
  }

  /**
   * Returns true if this is a view as of a day and an entity's own dates leave the day undecided:
   * it is there, but its start or end is known only to a year or month that contains the day
   * ({@link Period#isUncertainOn(LocalDate)}).
   *
   * @param id the id of the entity, not null
   * @return true if the entity is there and uncertain on the day; false for a view without a day
   */
  public boolean isUncertain(EntityId id) {
    Node node = node(id);
    return day != null && exists(node) && node.entity().period().isUncertainOn(day);
  }

  /** As {@link #isUncertain(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public boolean isUncertain(String text) {
    return isUncertain(idOf(text));
  }

  /** Returns true if an entity exists here: in the edition and, as of a day, by its own dates. */
  private boolean exists(Node node) {
    return node.editions().get(position) && (goneEntities == null || !goneEntities.get(node.position()));
  }

  /** Returns true if an edge's relation holds here: in the edition and, as of a day, by its dates and its entities'. */
  private boolean holds(Edge edge) {
    return edge.editions().get(position) && (goneRelations == null || !goneRelations.get(edge.position()));
  }

  // ---------------------------------------------------------------- entities and relations

  /** Returns true if an entity with the id exists in this edition. */
  public boolean contains(EntityId id) {
    Node node = index.node(Objects.requireNonNull(id, "id"));
    return node != null && exists(node);
  }

  /**
   * Returns true if an entity with the id, acronym, official name or alias exists in this
   * edition.
   *
   * @param text the id or name, not null
   * @throws LookupException if the text names two or more entities; it lists them
   */
  public boolean contains(String text) {
    return find(text).isPresent();
  }

  /**
   * Returns true if a relation holds in this edition: it names the edition, or names none, and both its
   * entities exist here; as of a day, its own period also covers the day.
   */
  public boolean holds(Relation relation) {
    return index.holds(Objects.requireNonNull(relation, "relation"), position)
        && (day == null || relation.period().covers(day) && contains(relation.from()) && contains(relation.to()));
  }

  /** Returns the entities that exist in this edition, in the order given to the builder. */
  public ImmutableList<Entity> entities() {
    return entities(Entity.class);
  }

  /**
   * Returns the entities of a type that exist in this edition, in the order given to the
   * builder.
   *
   * @param type the entity type, such as {@code Unit.class}, not null
   * @param <T> the entity type
   */
  public <T extends Entity> ImmutableList<T> entities(Class<T> type) {
    return registry.entities(type).stream().filter(e -> contains(e.id()))
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- lookups

  /**
   * Finds an entity that exists in this edition by id.
   *
   * @param id the id, not null
   * @return the entity, or empty if there is none with that id in this edition
   */
  public Optional<Entity> find(EntityId id) {
    Node node = index.node(Objects.requireNonNull(id, "id"));
    return node != null && exists(node) ? Optional.of(node.entity()) : Optional.empty();
  }

  /**
   * Returns the entity with an id, if it exists in this edition.
   *
   * @param id the id, not null
   * @return the entity, not null
   * @throws LookupException if no entity with the id exists in this edition, with close matches
   */
  public Entity get(EntityId id) {
    return find(id).orElseThrow(() -> notFound(Entity.class, id.toString()));
  }

  /**
   * Finds an entity by id, acronym, official name or alias.
   *
   * @param text the id or name, not null
   * @return the entity, or empty if nothing in this edition bears that id or name
   * @throws LookupException if the text names two or more entities; it lists them
   */
  public Optional<Entity> find(String text) {
    return find(Entity.class, text);
  }

  /**
   * Finds an entity of a type by id, acronym, official name or alias.
   *
   * @param type the entity type, such as {@code Unit.class}, not null
   * @param text the id or name, not null
   * @param <T> the entity type
   * @return the entity, or empty if no entity of the type in this edition bears that id or name
   * @throws LookupException if the text names two or more entities of the type; it lists them
   */
  public <T extends Entity> Optional<T> find(Class<T> type, String text) {
    Objects.requireNonNull(type, "type");
    List<T> found = matches(type, Objects.requireNonNull(text, "text"));
    if (found.size() > 1) {
      throw ambiguous(type, text, found);
    }
    return found.stream().findFirst();
  }

  /**
   * Returns the entity with an id, acronym, official name or alias.
   *
   * @param text the id or name, not null
   * @return the entity, not null
   * @throws LookupException if nothing in this edition bears that name, with close matches, or
   *     if it names two or more entities, listing them
   */
  public Entity get(String text) {
    return get(Entity.class, text);
  }

  /**
   * Returns the entity of a type with an id, acronym, official name or alias.
   *
   * @param type the entity type, such as {@code Unit.class}, not null
   * @param text the id or name, not null
   * @param <T> the entity type
   * @return the entity, not null
   * @throws LookupException if no entity of the type in this edition bears that name, with close
   *     matches, or if it names two or more entities of the type, listing them
   */
  public <T extends Entity> T get(Class<T> type, String text) {
    return find(type, text).orElseThrow(() -> notFound(type, text));
  }

  /**
   * Returns every entity that an id, acronym, official name or alias names in this edition, at
   * the first lookup step that matches (see the class description), in registry order.
   *
   * @param text the id or name, not null
   * @return the entities, empty if none
   */
  public ImmutableList<Entity> findAll(String text) {
    return ImmutableList.copyOf(matches(Entity.class, Objects.requireNonNull(text, "text")));
  }

  /** The entities of a type the text names, at the first lookup step that matches. */
  private <T extends Entity> List<T> matches(Class<T> type, String text) {
    String key = NameKey.of(text);
    if (key.isEmpty()) {
      return List.of();
    }
    if (Identity.isSlug(key)) {
      Optional<Entity> byId = find(EntityId.of(key));
      if (byId.isPresent() && type.isInstance(byId.get())) {
        return List.of(type.cast(byId.get()));
      }
    }
    List<T> exact = bearers(type, index.postings(key));
    if (!exact.isEmpty()) {
      return exact;
    }
    String withoutMarks = NameKey.withoutMarks(key);
    return bearers(type, index.postingsIgnoringMarks(withoutMarks, !withoutMarks.equals(key)));
  }

  /**
   * The entities of a type that exist here and bear a name of the postings: those whose name holds
   * here, or else those whose name holds in other editions.
   */
  private <T extends Entity> List<T> bearers(Class<T> type, List<Posting> postings) {
    if (postings.size() == 1) { // the common case: one entity bears the name
      Posting p = postings.get(0);
      return type.isInstance(p.entity()) && present(p) ? List.of(type.cast(p.entity())) : List.of();
    }
    Set<T> inEdition = new LinkedHashSet<>();
    Set<T> inOther = new LinkedHashSet<>();
    for (Posting p : postings) {
      if (!type.isInstance(p.entity()) || !present(p)) {
        continue;
      }
      (p.editions().get(position) ? inEdition : inOther).add(type.cast(p.entity()));
    }
    return List.copyOf(inEdition.isEmpty() ? inOther : inEdition);
  }

  /** Returns true if the entity that bears a name exists here: the name's editions are within the entity's. */
  private boolean present(Posting p) {
    return p.editions().get(position) && goneEntities == null || contains(p.entity().id());
  }

  private LookupException ambiguous(Class<? extends Entity> type, String text, List<? extends Entity> found) {
    List<String> parts = found.stream().map(e -> e.kind() + " " + e.id() + " (" + e.labelIn(editionId()) + ")")
        .toList();
    return new LookupException(LookupException.Reason.AMBIGUOUS, text, kindOf(type), edition.id(),
        ImmutableList.copyOf(found), "'" + text + "' is ambiguous in edition " + edition.id()
        + ": it names " + join(parts, "and"));
  }

  /**
   * Returns the exception for a text that names nothing here: NOT_IN_EDITION where it names an
   * entity of another edition, listing those first among the candidates; NOT_FOUND otherwise.
   */
  private LookupException notFound(Class<? extends Entity> type, String text) {
    if (day != null) {
      List<? extends Entity> excluded = registry.view(edition.id()).matches(type, text);
      if (!excluded.isEmpty()) {
        return notOnDate(type, text, excluded);
      }
    }
    ImmutableList<Entity> elsewhere = elsewhere(type, text);
    ImmutableList<Entity> close = closeMatches(registry, index, type, text, e -> contains(e.id()));
    String what = kindOf(type).map(EntityKind::label).orElse("entity");
    StringBuilder sb = new StringBuilder("no ").append(what).append(" '").append(text).append("' in edition ")
        .append(edition.id());
    if (!elsewhere.isEmpty()) {
      sb.append("; it names ").append(join(elsewhere.stream().map(e -> {
        ImmutableList<EditionId> in = registry.editionsOf(e);
        return e.kind() + " " + e.labelIn(in.get(in.size() - 1)) + " in edition" + (in.size() > 1 ? "s " : " ")
            + join(in.stream().map(Object::toString).toList(), "and");
      }).toList(), "and"));
      return new LookupException(LookupException.Reason.NOT_IN_EDITION, text, kindOf(type), edition.id(),
          ImmutableList.<Entity>builder().addAll(elsewhere).addAll(close).build(), sb.toString());
    }
    if (!close.isEmpty()) {
      sb.append("; did you mean ").append(join(close.stream().map(e -> e.labelIn(editionId())).toList(), "or"))
          .append('?');
    }
    return new LookupException(LookupException.Reason.NOT_FOUND, text, kindOf(type), edition.id(), close,
        sb.toString());
  }

  /**
   * Returns the exception for a text that names entities of this edition that the day excludes,
   * with the dates that exclude it: "no body 'Ad Hoc Committee' in edition ocb-overview as of
   * 2019-06-01; it names body Ad Hoc Committee (...), established 2019-12-27 (General Assembly
   * resolution 74/247)".
   */
  private LookupException notOnDate(Class<? extends Entity> type, String text, List<? extends Entity> excluded) {
    LocalDate d = Objects.requireNonNull(day);
    String what = kindOf(type).map(EntityKind::label).orElse("entity");
    String message = "no " + what + " '" + text + "' in edition " + edition.id() + " as of " + d + "; it names "
        + join(excluded.stream().map(e -> e.kind() + " " + e.labelIn(editionId()) + ", " + excludedBy(e.period(), d))
            .toList(), "and");
    return new LookupException(LookupException.Reason.NOT_ON_DATE, text, kindOf(type), edition.id(),
        ImmutableList.copyOf(excluded), message);
  }

  /** Returns the bound of a period that excludes a day, in words: "established 2019-12-27 (...)". */
  private static String excludedBy(Period period, LocalDate day) {
    return period.startsAfter(day) ? "established " + period.from().orElseThrow()
        : "ended " + period.to().orElseThrow();
  }

  /**
   * Returns the entities of a type that do not exist in this edition and that the text names in
   * another, as that edition's lookup reads it: the newest edition first, then in registry order.
   */
  private ImmutableList<Entity> elsewhere(Class<? extends Entity> type, String text) {
    Set<Entity> found = new LinkedHashSet<>();
    ImmutableList<Edition> editions = registry.editions();
    for (int i = editions.size() - 1; i >= 0; i--) {
      if (i != position) {
        for (Entity e : registry.view(editions.get(i).id()).matches(type, text)) {
          if (!contains(e.id())) {
            found.add(e);
          }
        }
      }
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * Returns the exception for a text that names nothing in any edition of a registry, with the
   * close matches of every edition, each labelled as of the newest edition it exists in.
   */
  static LookupException notFoundInAnyEdition(Registry registry, RegistryIndex index, Class<? extends Entity> type,
      String text) {
    ImmutableList<Entity> close = closeMatches(registry, index, type, text, e -> true);
    StringBuilder sb = new StringBuilder("no ").append(kindOf(type).map(EntityKind::label).orElse("entity"))
        .append(" '").append(text).append("' in any edition");
    if (!close.isEmpty()) {
      sb.append("; did you mean ").append(join(close.stream().map(e -> {
        ImmutableList<EditionId> in = registry.editionsOf(e);
        return in.isEmpty() ? e.label() : e.labelIn(in.get(in.size() - 1));
      }).toList(), "or")).append('?');
    }
    return new LookupException(LookupException.Reason.NOT_FOUND, text, kindOf(type), null, close, sb.toString());
  }

  /** Returns the kind of an entity type; empty for {@code Entity} itself. */
  private static Optional<EntityKind> kindOf(Class<? extends Entity> type) {
    if (type == Entity.class) {
      return Optional.empty();
    }
    for (EntityKind k : EntityKind.values()) {
      if (k.type().isAssignableFrom(type)) {
        return Optional.of(k);
      }
    }
    throw new IllegalArgumentException("not an entity type: " + type.getName());
  }

  private static String join(List<String> parts, String last) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
  }

  /**
   * Returns the entities of a type in scope whose id or a name is close to the text: within a
   * few edits, or containing it; best first, then in registry order.
   */
  private static ImmutableList<Entity> closeMatches(Registry registry, RegistryIndex index,
      Class<? extends Entity> type, String text, Predicate<Entity> inScope) {
    String key = NameKey.ofIgnoringMarks(text);
    if (key.isEmpty()) {
      return ImmutableList.of();
    }
    int limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
    Map<Entity, Integer> best = new HashMap<>();
    for (String name : index.normalForms()) {
      int score = score(key, name, limit);
      if (score != Integer.MAX_VALUE) {
        for (Posting p : index.postings(name)) {
          best.merge(p.entity(), score, Math::min);
        }
        for (Posting p : index.postingsIgnoringMarks(name, false)) {
          best.merge(p.entity(), score, Math::min);
        }
      }
    }
    for (Entity e : registry.entities()) {
      int score = score(key, e.id().toString(), limit);
      if (score != Integer.MAX_VALUE) {
        best.merge(e, score, Math::min);
      }
    }
    return best.keySet().stream()
        .filter(e -> type.isInstance(e) && inScope.test(e))
        .sorted(Comparator.<Entity>comparingInt(best::get)
            .thenComparingInt(e -> Objects.requireNonNull(index.node(e.id())).position()))
        .limit(MAX_SUGGESTIONS)
        .collect(ImmutableList.toImmutableList());
  }

  private static int score(String key, String name, int limit) {
    int d = NameKey.distance(key, name, limit);
    if (d <= limit) {
      return d;
    }
    if (key.length() >= 4 && name.contains(key)) {
      return limit + 1;
    }
    return Integer.MAX_VALUE;
  }

  /** Returns the id of the entity a text names in this edition. */
  private EntityId idOf(String text) {
    return get(text).id();
  }

  // ---------------------------------------------------------------- any relation

  /** Returns the relations of a kind that start from an entity and hold in this edition. */
  public ImmutableList<Relation> relationsFrom(EntityId from, RelationKind kind) {
    return collect(from, kind, true, Edge::relation);
  }

  /** As {@link #relationsFrom(EntityId, RelationKind)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Relation> relationsFrom(String from, RelationKind kind) {
    return relationsFrom(idOf(from), kind);
  }

  /** Returns the relations of a kind that point to an entity and hold in this edition. */
  public ImmutableList<Relation> relationsTo(EntityId to, RelationKind kind) {
    return collect(to, kind, false, Edge::relation);
  }

  /** As {@link #relationsTo(EntityId, RelationKind)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Relation> relationsTo(String to, RelationKind kind) {
    return relationsTo(idOf(to), kind);
  }

  /**
   * Returns the entities an entity points to by relations of a kind, each with the relation that leads to
   * it.
   */
  public ImmutableList<Link> linksFrom(EntityId from, RelationKind kind) {
    return collect(from, kind, true, e -> Link.of(e.other(), e.relation()));
  }

  /** As {@link #linksFrom(EntityId, RelationKind)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Link> linksFrom(String from, RelationKind kind) {
    return linksFrom(idOf(from), kind);
  }

  /**
   * Returns the entities that point to an entity by relations of a kind, each with the relation that
   * leads from it.
   */
  public ImmutableList<Link> linksTo(EntityId to, RelationKind kind) {
    return collect(to, kind, false, e -> Link.of(e.other(), e.relation()));
  }

  /** As {@link #linksTo(EntityId, RelationKind)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Link> linksTo(String to, RelationKind kind) {
    return linksTo(idOf(to), kind);
  }

  /** Maps each edge of a kind from or to an entity that holds in this edition, in order. */
  private <T> ImmutableList<T> collect(EntityId id, RelationKind kind, boolean forward, Function<Edge, T> answer) {
    Objects.requireNonNull(kind, "kind");
    ImmutableList.Builder<T> b = ImmutableList.builder();
    for (Edge e : edges(id, forward)) {
      if (e.relation().kind() == kind && holds(e)) {
        b.add(answer.apply(e));
      }
    }
    return b.build();
  }

  /** Returns the entities at the other end of the edges of a kind, keeping those of a type. */
  private <T extends Entity> ImmutableList<T> related(EntityId id, RelationKind kind, boolean forward,
      Class<T> type) {
    return related(node(id), kind, forward, type);
  }

  private <T extends Entity> ImmutableList<T> related(Node node, RelationKind kind, boolean forward, Class<T> type) {
    ImmutableList.Builder<T> b = ImmutableList.builder();
    for (Edge e : forward ? node.out() : node.in()) {
      if (e.relation().kind() == kind && holds(e) && type.isInstance(e.other())) {
        b.add(type.cast(e.other()));
      }
    }
    return b.build();
  }

  /** Returns the entity at the other end of the first edge of a kind that holds here, if any. */
  private <T extends Entity> Optional<T> single(Node node, RelationKind kind, boolean forward, Class<T> type) {
    for (Edge e : forward ? node.out() : node.in()) {
      if (e.relation().kind() == kind && holds(e) && type.isInstance(e.other())) {
        return Optional.of(type.cast(e.other()));
      }
    }
    return Optional.empty();
  }

  /** Returns an entity's edges in one direction; a LookupException for an unknown id. */
  private ImmutableList<Edge> edges(EntityId id, boolean forward) {
    Node node = node(id);
    return forward ? node.out() : node.in();
  }

  /** Returns the node of an entity; a LookupException for an unknown id. */
  private Node node(EntityId id) {
    Node node = index.node(Objects.requireNonNull(id, "id"));
    if (node == null) {
      throw notFound(Entity.class, id.toString());
    }
    return node;
  }

  // ---------------------------------------------------------------- hierarchy

  /**
   * Returns the unit or body an entity is directly part of.
   *
   * @param id the id of a unit or body, not null
   * @return the parent, or empty for a root
   */
  public Optional<Entity> parentOf(EntityId id) {
    return single(node(id), RelationKind.PART_OF, true, Entity.class);
  }

  /** As {@link #parentOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public Optional<Entity> parentOf(String text) {
    return parentOf(idOf(text));
  }

  /**
   * Returns the path from an entity up to the root of its hierarchy: the entity itself, its
   * parent, the parent's parent, and so on to the root, which is last.
   *
   * @param id the id of a unit or body, not null
   * @return the path, empty if the entity does not exist in this edition
   */
  public ImmutableList<Entity> pathToRootOf(EntityId id) {
    Node node = node(id);
    if (!exists(node)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Entity> b = ImmutableList.builder();
    for (Optional<Entity> e = Optional.of(node.entity()); e.isPresent();
        e = single(node(e.get().id()), RelationKind.PART_OF, true, Entity.class)) {
      b.add(e.get());
    }
    return b.build();
  }

  /** As {@link #pathToRootOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> pathToRootOf(String text) {
    return pathToRootOf(idOf(text));
  }

  /** Returns the units or bodies directly part of an entity. */
  public ImmutableList<Entity> childrenOf(EntityId id) {
    return related(id, RelationKind.PART_OF, false, Entity.class);
  }

  /** As {@link #childrenOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> childrenOf(String text) {
    return childrenOf(idOf(text));
  }

  /**
   * Returns every unit or body below an entity, in depth-first pre-order: each child, then its
   * descendants, then the next child, as the organisation chart shows them.
   */
  public ImmutableList<Entity> descendantsOf(EntityId id) {
    ImmutableList.Builder<Entity> b = ImmutableList.builder();
    Deque<Entity> stack = new ArrayDeque<>(childrenOf(id));
    while (!stack.isEmpty()) {
      Entity e = stack.pop();
      b.add(e);
      ImmutableList<Entity> children = related(node(e.id()), RelationKind.PART_OF, false, Entity.class);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return b.build();
  }

  /** As {@link #descendantsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> descendantsOf(String text) {
    return descendantsOf(idOf(text));
  }

  // ---------------------------------------------------------------- programmes

  /** Returns the programmes of a unit, those it runs directly; or of a topic, those that address it. */
  public ImmutableList<Programme> programmesOf(EntityId id) {
    Node node = node(id);
    return node.entity() instanceof Topic
        ? related(node, RelationKind.ADDRESSES, false, Programme.class)
        : related(node, RelationKind.RUNS, true, Programme.class);
  }

  /** As {@link #programmesOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Programme> programmesOf(String text) {
    return programmesOf(idOf(text));
  }

  /**
   * Returns the programmes a unit runs or that any unit below it runs: first its own, then those of its
   * descendants in depth-first pre-order.
   */
  public ImmutableList<Programme> allProgrammesOf(EntityId unit) {
    ImmutableList.Builder<Programme> b = ImmutableList.builder();
    b.addAll(related(unit, RelationKind.RUNS, true, Programme.class));
    for (Entity e : descendantsOf(unit)) {
      b.addAll(related(node(e.id()), RelationKind.RUNS, true, Programme.class));
    }
    return b.build();
  }

  /** As {@link #allProgrammesOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Programme> allProgrammesOf(String unit) {
    return allProgrammesOf(idOf(unit));
  }

  /**
   * Returns the unit that runs a programme.
   *
   * @param programme the id of the programme, not null
   * @return the unit, or empty if no unit runs it in this edition (unmapped)
   */
  public Optional<Unit> unitOf(EntityId programme) {
    return single(node(programme), RelationKind.RUNS, false, Unit.class);
  }

  /** As {@link #unitOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public Optional<Unit> unitOf(String programme) {
    return unitOf(idOf(programme));
  }

  // ---------------------------------------------------------------- mandates and bodies

  /** Returns the mandates of a unit, those it holds; or of a body or an instrument, those that concern it. */
  public ImmutableList<Mandate> mandatesOf(EntityId id) {
    Node node = node(id);
    return node.entity() instanceof Unit
        ? related(node, RelationKind.HAS_MANDATE, true, Mandate.class)
        : related(node, RelationKind.CONCERNS, false, Mandate.class);
  }

  /** As {@link #mandatesOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Mandate> mandatesOf(String text) {
    return mandatesOf(idOf(text));
  }

  /** Returns the units that hold a mandate. */
  public ImmutableList<Unit> holdersOf(EntityId mandate) {
    return related(mandate, RelationKind.HAS_MANDATE, false, Unit.class);
  }

  /** As {@link #holdersOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Unit> holdersOf(String mandate) {
    return holdersOf(idOf(mandate));
  }

  /** Returns the bodies and instruments a mandate concerns. */
  public ImmutableList<Entity> concernsOf(EntityId mandate) {
    return related(mandate, RelationKind.CONCERNS, true, Entity.class);
  }

  /** As {@link #concernsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> concernsOf(String mandate) {
    return concernsOf(idOf(mandate));
  }

  /** Returns the principals of a body: the bodies it is subsidiary to. */
  public ImmutableList<Body> principalsOf(EntityId body) {
    return related(body, RelationKind.SUBSIDIARY_OF, true, Body.class);
  }

  /** As {@link #principalsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Body> principalsOf(String body) {
    return principalsOf(idOf(body));
  }

  /** Returns the bodies subsidiary to a body. */
  public ImmutableList<Body> subsidiariesOf(EntityId body) {
    return related(body, RelationKind.SUBSIDIARY_OF, false, Body.class);
  }

  /** As {@link #subsidiariesOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Body> subsidiariesOf(String body) {
    return subsidiariesOf(idOf(body));
  }

  // ---------------------------------------------------------------- instruments

  /** Returns the conventions of a protocol: the instruments it supplements. */
  public ImmutableList<Instrument> conventionsOf(EntityId protocol) {
    return related(protocol, RelationKind.SUPPLEMENTS, true, Instrument.class);
  }

  /** As {@link #conventionsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Instrument> conventionsOf(String protocol) {
    return conventionsOf(idOf(protocol));
  }

  /** Returns the protocols that supplement a convention. */
  public ImmutableList<Instrument> protocolsOf(EntityId convention) {
    return related(convention, RelationKind.SUPPLEMENTS, false, Instrument.class);
  }

  /** As {@link #protocolsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Instrument> protocolsOf(String convention) {
    return protocolsOf(idOf(convention));
  }

  /** Returns the instruments whose implementation an entity supports. */
  public ImmutableList<Instrument> instrumentsOf(EntityId id) {
    return related(id, RelationKind.SUPPORTS_IMPLEMENTATION_OF, true, Instrument.class);
  }

  /** As {@link #instrumentsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Instrument> instrumentsOf(String text) {
    return instrumentsOf(idOf(text));
  }

  /** Returns the units, programmes, mandates and bodies that support the implementation of an instrument. */
  public ImmutableList<Entity> supportersOf(EntityId instrument) {
    return related(instrument, RelationKind.SUPPORTS_IMPLEMENTATION_OF, false, Entity.class);
  }

  /** As {@link #supportersOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> supportersOf(String instrument) {
    return supportersOf(idOf(instrument));
  }

  /** Returns the founding acts of a body, programme or mandate: the instruments that established it. */
  public ImmutableList<Instrument> foundingActsOf(EntityId id) {
    return related(id, RelationKind.ESTABLISHED_BY, true, Instrument.class);
  }

  /** As {@link #foundingActsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Instrument> foundingActsOf(String text) {
    return foundingActsOf(idOf(text));
  }

  /** Returns the establishments of an instrument: the bodies, programmes and mandates it established. */
  public ImmutableList<Entity> establishmentsOf(EntityId instrument) {
    return related(instrument, RelationKind.ESTABLISHED_BY, false, Entity.class);
  }

  /** As {@link #establishmentsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> establishmentsOf(String instrument) {
    return establishmentsOf(idOf(instrument));
  }

  // ---------------------------------------------------------------- services, topics, counterparts

  /** Returns the forms of assistance and service areas an entity offers itself. */
  public ImmutableList<Service> servicesOf(EntityId id) {
    return related(id, RelationKind.OFFERS, true, Service.class);
  }

  /** As {@link #servicesOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Service> servicesOf(String text) {
    return servicesOf(idOf(text));
  }

  /**
   * Returns the forms of assistance and service areas a unit offers, itself or through the mandates it
   * holds: first those it offers itself, then those of each mandate in turn, each once.
   */
  public ImmutableList<Service> allServicesOf(EntityId unit) {
    Set<Service> found = new LinkedHashSet<>(servicesOf(unit));
    for (Mandate m : related(unit, RelationKind.HAS_MANDATE, true, Mandate.class)) {
      found.addAll(servicesOf(m.id()));
    }
    return ImmutableList.copyOf(found);
  }

  /** As {@link #allServicesOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Service> allServicesOf(String unit) {
    return allServicesOf(idOf(unit));
  }

  /**
   * Returns the providers of a form of assistance or service area: the units, programmes and mandates
   * that offer it themselves.
   */
  public ImmutableList<Entity> providersOf(EntityId service) {
    return related(service, RelationKind.OFFERS, false, Entity.class);
  }

  /** As {@link #providersOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> providersOf(String service) {
    return providersOf(idOf(service));
  }

  /**
   * Returns the units that offer a form of assistance or service area, themselves or through a mandate
   * they hold: first those that offer it themselves, then the holders of each mandate that offers it,
   * each once.
   */
  public ImmutableList<Unit> allProvidersOf(EntityId service) {
    Set<Unit> found = new LinkedHashSet<>(related(service, RelationKind.OFFERS, false, Unit.class));
    for (Mandate m : related(service, RelationKind.OFFERS, false, Mandate.class)) {
      found.addAll(holdersOf(m.id()));
    }
    return ImmutableList.copyOf(found);
  }

  /** As {@link #allProvidersOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Unit> allProvidersOf(String service) {
    return allProvidersOf(idOf(service));
  }

  /** Returns the topics an entity addresses. */
  public ImmutableList<Topic> topicsOf(EntityId id) {
    return related(id, RelationKind.ADDRESSES, true, Topic.class);
  }

  /** As {@link #topicsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Topic> topicsOf(String text) {
    return topicsOf(idOf(text));
  }

  /** Returns the units of a topic: those that address it. */
  public ImmutableList<Unit> unitsOf(EntityId topic) {
    return related(topic, RelationKind.ADDRESSES, false, Unit.class);
  }

  /** As {@link #unitsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Unit> unitsOf(String topic) {
    return unitsOf(idOf(topic));
  }

  /** Returns the kinds of counterpart a unit or programme works with directly. */
  public ImmutableList<CounterpartType> counterpartsOf(EntityId id) {
    return related(id, RelationKind.ENGAGES, true, CounterpartType.class);
  }

  /** As {@link #counterpartsOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<CounterpartType> counterpartsOf(String text) {
    return counterpartsOf(idOf(text));
  }

  /** Returns the partners of a kind of counterpart: the units and programmes that work with it directly. */
  public ImmutableList<Entity> partnersOf(EntityId counterpart) {
    return related(counterpart, RelationKind.ENGAGES, false, Entity.class);
  }

  /** As {@link #partnersOf(EntityId)}, of the entity a text names (see {@link #get(String)}). */
  public ImmutableList<Entity> partnersOf(String counterpart) {
    return partnersOf(idOf(counterpart));
  }

  /** Returns "EditionView[edition]", or "EditionView[edition as of day]" for a view as of a day. */
  @Override
  public String toString() {
    return "EditionView[" + edition.id() + (day == null ? "" : " as of " + day) + "]";
  }
}
