package org.untoc.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.untoc.core.chart.OrgChart;

/**
 * A {@link Registry} as of one edition: the entities that exist in it, their names there, the
 * relations that hold there, and the questions one asks of them.
 *
 * <p>Obtain a view with {@link Registry#view(EditionId)} or {@link Registry#latestView()}.
 *
 * <h2>Lookups</h2>
 * {@link #find(String)} and {@link #get(String)} take an id, an acronym, an official name or an
 * alias, ignoring case, surrounding and repeated white space, and typographic dashes and quotes.
 * They try, in turn: the id; the names that hold in this edition; the names the entity bears in
 * other editions (former names, later names, spelling variants). The first step that matches
 * decides; if it matches two or more entities, the text is ambiguous and a {@link
 * LookupException} says so, listing them. Only entities that exist in this edition are found.
 *
 * <h2>Relationship queries</h2>
 * Every query takes the id of an entity and answers with an immutable list. Unless a method
 * says otherwise, the list is in the order in which the relations behind it were given to the
 * {@link Registry.Builder}. An id the registry does not know throws a {@link LookupException};
 * an entity that does not exist in this edition, or is of a kind the query does not join, has
 * no relations here and gets an empty answer. {@link #linksFrom} and {@link #linksTo} also give
 * the reason for each answer: the relation, with its basis and source.
 *
 * <p>A query costs time in proportion to the relations of the entity it is asked about, not to
 * the size of the registry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EditionView {
  private static final int MAX_SUGGESTIONS = 3;

  private final Registry registry;
  private final RegistryIndex index;
  private final Edition edition;
  private final int position;

  EditionView(Registry registry, RegistryIndex index, int position) {
    this.registry = registry;
    this.index = index;
    this.edition = registry.editions().get(position);
    this.position = position;
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

  /** Returns the organisation chart of this edition. */
  public OrgChart chart() {
    return OrgChart.of(registry, edition.id());
  }

  // ---------------------------------------------------------------- entities

  /**
   * Returns true if an entity with the id exists in this edition.
   *
   * @param id the id, not null
   */
  public boolean contains(EntityId id) {
    int i = index.indexOf(id);
    return i >= 0 && index.exists(i, position);
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
    ImmutableList.Builder<T> b = ImmutableList.builder();
    for (int i = 0; i < index.entities.length; i++) {
      Entity e = index.entities[i];
      if (type.isInstance(e) && index.exists(i, position)) {
        b.add(type.cast(e));
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- lookups

  /**
   * Finds an entity that exists in this edition by id.
   *
   * @param id the id, not null
   * @return the entity, or empty if there is none with that id in this edition
   */
  public Optional<Entity> find(EntityId id) {
    int i = index.indexOf(id);
    return i >= 0 && index.exists(i, position) ? Optional.of(index.entities[i]) : Optional.empty();
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
    Objects.requireNonNull(text, "text");
    List<Entity> found = matches(type, text);
    if (found.size() > 1) {
      throw ambiguous(type, text, found);
    }
    @SuppressWarnings("unchecked") // matches keeps only entities of the type's kind
    Optional<T> result = found.isEmpty() ? Optional.empty() : Optional.of((T) found.get(0));
    return result;
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

  private List<Entity> matches(Class<? extends Entity> type, String text) {
    int hash = NameKey.hash(text);
    if (hash == 0 && NameKey.of(text).isEmpty()) {
      return List.of();
    }
    int kind = type == Entity.class ? -1 : kindOf(type).ordinal();
    if (NameKey.mayBeSlug(text)) {
      String key = NameKey.of(text);
      if (Identity.isSlug(key)) {
        int i = index.indexOf(EntityId.ofValid(key));
        if (i >= 0 && index.exists(i, position) && (kind < 0 || index.entityKind[i] == kind)) {
          return List.of(index.entities[i]);
        }
      }
    }
    // The first match in this edition's names, else in other editions' names; a list only
    // where a second entity matches.
    int inEdition = -1;
    int inOther = -1;
    List<Entity> more = null;
    for (int p = index.firstPosting(text, hash); p >= 0; p = index.nextPosting(p)) {
      int i = index.postingEntity(p);
      if (kind >= 0 && index.entityKind[i] != kind) {
        continue;
      }
      if (index.nameHolds(p, position)) {
        if (inEdition < 0) {
          inEdition = i;
        } else if (i != inEdition) {
          more = add(more, inEdition, i);
        }
      } else if (inEdition < 0 && index.exists(i, position)) {
        if (inOther < 0) {
          inOther = i;
        } else if (i != inOther) {
          more = add(more, inOther, i);
        }
      }
    }
    if (inEdition >= 0) {
      return more != null && more.get(0) == index.entities[inEdition] ? more : List.of(index.entities[inEdition]);
    }
    return inOther < 0 ? List.of() : more != null ? more : List.of(index.entities[inOther]);
  }

  /** Adds a second or later match to the list of matches that starts with {@code first}. */
  private List<Entity> add(List<Entity> more, int first, int next) {
    List<Entity> list = more;
    if (list == null || list.get(0) != index.entities[first]) {
      list = new ArrayList<>();
      list.add(index.entities[first]);
    }
    if (!list.contains(index.entities[next])) {
      list.add(index.entities[next]);
    }
    return list;
  }

  private String what(Class<? extends Entity> type) {
    return type == Entity.class ? "entity" : kindOf(type).label();
  }

  /** The kind of each entity type, found once per type. */
  private static final ClassValue<Optional<EntityKind>> KINDS = new ClassValue<>() {
    @Override
    protected Optional<EntityKind> computeValue(Class<?> type) {
      for (EntityKind k : EntityKind.values()) {
        if (k.type().isAssignableFrom(type)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  };

  private static EntityKind kindOf(Class<? extends Entity> type) {
    return KINDS.get(type).orElseThrow(() -> new IllegalArgumentException("not an entity type: " + type.getName()));
  }

  /** Returns "ACRONYM (Name)" as of this edition, or the name where there is no acronym. */
  String label(Entity e) {
    return e.labelIn(edition.id());
  }

  private LookupException ambiguous(Class<? extends Entity> type, String text, List<Entity> found) {
    List<String> parts = found.stream().map(e -> e.kind() + " " + e.id() + " (" + label(e) + ")").toList();
    return new LookupException(LookupException.Reason.AMBIGUOUS, text, optionalKind(type), edition.id(),
        ImmutableList.copyOf(found), "'" + text + "' is ambiguous in edition " + edition.id()
        + ": it names " + join(parts, "and"));
  }

  private Optional<EntityKind> optionalKind(Class<? extends Entity> type) {
    return type == Entity.class ? Optional.empty() : Optional.of(kindOf(type));
  }

  LookupException notFound(Class<? extends Entity> type, String text) {
    ImmutableList<Entity> close = closeMatches(type, text);
    StringBuilder sb = new StringBuilder("no ").append(what(type)).append(" '").append(text)
        .append("' in edition ").append(edition.id());
    if (!close.isEmpty()) {
      sb.append("; did you mean ").append(join(close.stream().map(this::label).toList(), "or")).append('?');
    }
    return new LookupException(LookupException.Reason.NOT_FOUND, text, optionalKind(type), edition.id(),
        close, sb.toString());
  }

  private static String join(List<String> parts, String last) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
  }

  /**
   * Returns the entities of a type in this edition whose id or a name is close to the text:
   * within a few edits, or containing it; best first.
   */
  private ImmutableList<Entity> closeMatches(Class<? extends Entity> type, String text) {
    String key = NameKey.of(text);
    if (key.isEmpty()) {
      return ImmutableList.of();
    }
    int limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
    int[] best = new int[index.entities.length];
    Arrays.fill(best, Integer.MAX_VALUE);
    List<Integer> hits = new ArrayList<>();
    for (int slot = 0; slot < index.nameSlots(); slot++) {
      int first = index.slotPosting(slot);
      if (first < 0) {
        continue;
      }
      int score = score(key, NameKey.of(index.postingText(first)), limit);
      if (score == Integer.MAX_VALUE) {
        continue;
      }
      for (int p = first; p >= 0; p = index.nextPosting(p)) {
        consider(index.postingEntity(p), score, type, best, hits);
      }
    }
    for (int i = 0; i < index.entities.length; i++) {
      int score = score(key, index.entities[i].id().toString(), limit);
      if (score != Integer.MAX_VALUE) {
        consider(i, score, type, best, hits);
      }
    }
    return hits.stream()
        .sorted(Comparator.<Integer>comparingInt(i -> best[i]).thenComparingInt(i -> i))
        .limit(MAX_SUGGESTIONS)
        .map(i -> index.entities[i])
        .collect(ImmutableList.toImmutableList());
  }

  private void consider(int entity, int score, Class<? extends Entity> type, int[] best, List<Integer> hits) {
    if (!type.isInstance(index.entities[entity]) || !index.exists(entity, position)) {
      return;
    }
    if (best[entity] == Integer.MAX_VALUE) {
      hits.add(entity);
    }
    best[entity] = Math.min(best[entity], score);
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

  // ---------------------------------------------------------------- relations

  private int require(EntityId id) {
    Objects.requireNonNull(id, "id");
    int i = index.indexOf(id);
    if (i < 0) {
      throw notFound(Entity.class, id.toString());
    }
    return i;
  }

  /**
   * Returns the relations of a kind that start from an entity and hold in this edition.
   *
   * @param from the id of the entity, not null
   * @param kind the kind, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Relation> outgoing(EntityId from, RelationKind kind) {
    return relations(from, kind, true);
  }

  /**
   * Returns the relations of a kind that point to an entity and hold in this edition.
   *
   * @param to the id of the entity, not null
   * @param kind the kind, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Relation> incoming(EntityId to, RelationKind kind) {
    return relations(to, kind, false);
  }

  private ImmutableList<Relation> relations(EntityId id, RelationKind kind, boolean forward) {
    return collect(id, kind, forward, (r, other) -> index.relations[r]);
  }

  /** Maps one relation found by a scan, and the entity at its other end, to an answer. */
  @FunctionalInterface
  private interface Answer<T> {
    T of(int relation, int other);
  }

  private <T> ImmutableList<T> collect(EntityId id, RelationKind kind, boolean forward, Answer<T> answer) {
    ImmutableList.Builder<T> b = ImmutableList.builder();
    index.scan(require(id), Objects.requireNonNull(kind, "kind"), forward, position,
        (r, other) -> b.add(answer.of(r, other)));
    return b.build();
  }

  /**
   * Returns the entities an entity points to by relations of a kind in this edition: for
   * {@code RUNS}, the programmes a unit runs.
   *
   * @param from the id of the entity, not null
   * @param kind the kind, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> forward(EntityId from, RelationKind kind) {
    return related(from, kind, true, Entity.class);
  }

  /**
   * Returns the entities that point to an entity by relations of a kind in this edition: for
   * {@code RUNS}, the unit that runs a programme.
   *
   * @param to the id of the entity, not null
   * @param kind the kind, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> reverse(EntityId to, RelationKind kind) {
    return related(to, kind, false, Entity.class);
  }

  /**
   * Returns the entities an entity points to by relations of a kind, each with the relation
   * that leads to it.
   *
   * @param from the id of the entity, not null
   * @param kind the kind, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Link> linksFrom(EntityId from, RelationKind kind) {
    return links(from, kind, true);
  }

  /**
   * Returns the entities that point to an entity by relations of a kind, each with the
   * relation that leads from it.
   *
   * @param to the id of the entity, not null
   * @param kind the kind, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Link> linksTo(EntityId to, RelationKind kind) {
    return links(to, kind, false);
  }

  private ImmutableList<Link> links(EntityId id, RelationKind kind, boolean forward) {
    return collect(id, kind, forward, (r, other) -> Link.of(index.entities[other], index.relations[r]));
  }

  private <T extends Entity> ImmutableList<T> related(EntityId id, RelationKind kind, boolean forward,
      Class<T> type) {
    int wanted = -1;
    if (type != Entity.class) {
      EntityKind k = kindOf(type);
      java.util.Set<EntityKind> ends = forward ? kind.toKinds() : kind.fromKinds();
      // Where the relation kind admits only the wanted kind at that end, no entity needs a check.
      wanted = ends.size() == 1 && ends.contains(k) ? -1 : k.ordinal();
    }
    return index.others(require(id), kind, forward, position, wanted);
  }

  private <T extends Entity> Optional<T> single(EntityId id, RelationKind kind, boolean forward, Class<T> type) {
    int r = index.first(require(id), kind, forward, position);
    if (r < 0) {
      return Optional.empty();
    }
    Entity e = index.entities[forward ? index.relTo[r] : index.relFrom[r]];
    return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
  }

  // ---------------------------------------------------------------- hierarchy

  /**
   * Returns the unit or body an entity is directly part of.
   *
   * @param id the id of a unit or body, not null
   * @return the parent, or empty for a root
   * @throws LookupException if the registry has no entity with that id
   */
  public Optional<Entity> parent(EntityId id) {
    return single(id, RelationKind.PART_OF, true, Entity.class);
  }

  /**
   * Returns the path from an entity up to the root of its hierarchy: the entity itself, its
   * parent, the parent's parent, and so on to the root, which is last.
   *
   * @param id the id of a unit or body, not null
   * @return the path, empty if the entity does not exist in this edition
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> pathToRoot(EntityId id) {
    int i = require(id);
    if (!index.exists(i, position)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Entity> b = ImmutableList.builder();
    b.add(index.entities[i]);
    int r;
    while ((r = index.first(i, RelationKind.PART_OF, true, position)) >= 0) {
      i = index.relTo[r];
      b.add(index.entities[i]);
    }
    return b.build();
  }

  /**
   * Returns the units or bodies directly part of an entity.
   *
   * @param id the id of a unit or body, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> children(EntityId id) {
    return related(id, RelationKind.PART_OF, false, Entity.class);
  }

  /**
   * Returns every unit or body below an entity, in depth-first pre-order: each child, then its
   * descendants, then the next child, as the organisation chart shows them.
   *
   * @param id the id of a unit or body, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> descendants(EntityId id) {
    ImmutableList.Builder<Entity> b = ImmutableList.builder();
    walkBelow(require(id), i -> b.add(index.entities[i]));
    return b.build();
  }

  /** Visits the descendants of an entity in depth-first pre-order. */
  private void walkBelow(int root, java.util.function.IntConsumer visitor) {
    IntStack stack = new IntStack();
    IntStack kids = new IntStack();
    pushChildren(root, stack, kids);
    while (!stack.isEmpty()) {
      int i = stack.pop();
      visitor.accept(i);
      pushChildren(i, stack, kids);
    }
  }

  private void pushChildren(int parent, IntStack stack, IntStack kids) {
    kids.clear();
    index.scan(parent, RelationKind.PART_OF, false, position, (r, child) -> kids.push(child));
    for (int k = kids.size() - 1; k >= 0; k--) {
      stack.push(kids.get(k));
    }
  }

  // ---------------------------------------------------------------- programmes

  /**
   * Returns the programmes a unit runs directly.
   *
   * @param unit the id of the unit, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Programme> programmesOf(EntityId unit) {
    return related(unit, RelationKind.RUNS, true, Programme.class);
  }

  /**
   * Returns the programmes a unit runs or that any unit below it runs: first its own, then
   * those of its descendants in depth-first pre-order.
   *
   * @param unit the id of the unit, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Programme> programmesBelow(EntityId unit) {
    ImmutableList.Builder<Programme> b = ImmutableList.builder();
    int root = require(unit);
    RegistryIndex.RelationSink add = (r, p) -> b.add((Programme) index.entities[p]);
    index.scan(root, RelationKind.RUNS, true, position, add);
    walkBelow(root, i -> index.scan(i, RelationKind.RUNS, true, position, add));
    return b.build();
  }

  /**
   * Returns the unit that runs a programme.
   *
   * @param programme the id of the programme, not null
   * @return the unit, or empty if no unit runs it in this edition (unmapped)
   * @throws LookupException if the registry has no entity with that id
   */
  public Optional<Unit> unitOf(EntityId programme) {
    return single(programme, RelationKind.RUNS, false, Unit.class);
  }

  // ---------------------------------------------------------------- mandates and bodies

  /**
   * Returns the mandates a unit holds.
   *
   * @param unit the id of the unit, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Mandate> mandatesOf(EntityId unit) {
    return related(unit, RelationKind.HAS_MANDATE, true, Mandate.class);
  }

  /**
   * Returns the units that hold a mandate.
   *
   * @param mandate the id of the mandate, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Unit> holdersOf(EntityId mandate) {
    return related(mandate, RelationKind.HAS_MANDATE, false, Unit.class);
  }

  /**
   * Returns the bodies and instruments a mandate concerns.
   *
   * @param mandate the id of the mandate, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> concernsOf(EntityId mandate) {
    return related(mandate, RelationKind.CONCERNS, true, Entity.class);
  }

  /**
   * Returns the mandates that concern a body or an instrument.
   *
   * @param id the id of the body or instrument, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Mandate> mandatesConcerning(EntityId id) {
    return related(id, RelationKind.CONCERNS, false, Mandate.class);
  }

  /**
   * Returns the bodies subsidiary to a body.
   *
   * @param body the id of the body, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Body> subsidiariesOf(EntityId body) {
    return related(body, RelationKind.SUBSIDIARY_OF, false, Body.class);
  }

  /**
   * Returns the bodies a body is subsidiary to.
   *
   * @param body the id of the body, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Body> subsidiaryTo(EntityId body) {
    return related(body, RelationKind.SUBSIDIARY_OF, true, Body.class);
  }

  // ---------------------------------------------------------------- instruments

  /**
   * Returns the instruments a protocol supplements.
   *
   * @param protocol the id of the protocol, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Instrument> supplements(EntityId protocol) {
    return related(protocol, RelationKind.SUPPLEMENTS, true, Instrument.class);
  }

  /**
   * Returns the protocols that supplement a convention.
   *
   * @param convention the id of the convention, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Instrument> protocolsOf(EntityId convention) {
    return related(convention, RelationKind.SUPPLEMENTS, false, Instrument.class);
  }

  /**
   * Returns the units, programmes, mandates and bodies that support the implementation of an
   * instrument.
   *
   * @param instrument the id of the instrument, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> supportersOf(EntityId instrument) {
    return related(instrument, RelationKind.SUPPORTS_IMPLEMENTATION_OF, false, Entity.class);
  }

  /**
   * Returns the instruments whose implementation an entity supports.
   *
   * @param id the id of the unit, programme, mandate or body, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Instrument> instrumentsSupportedBy(EntityId id) {
    return related(id, RelationKind.SUPPORTS_IMPLEMENTATION_OF, true, Instrument.class);
  }

  /**
   * Returns the instruments that established a body, programme or mandate: the legal acts that
   * founded it.
   *
   * @param id the id of the body, programme or mandate, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Instrument> establishedBy(EntityId id) {
    return related(id, RelationKind.ESTABLISHED_BY, true, Instrument.class);
  }

  /**
   * Returns the bodies, programmes and mandates an instrument established.
   *
   * @param instrument the id of the instrument, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> establishments(EntityId instrument) {
    return related(instrument, RelationKind.ESTABLISHED_BY, false, Entity.class);
  }

  // ---------------------------------------------------------------- services, topics, counterparts

  /**
   * Returns the forms of assistance and service areas an entity offers itself.
   *
   * @param id the id of the unit, programme or mandate, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Service> servicesOf(EntityId id) {
    return related(id, RelationKind.OFFERS, true, Service.class);
  }

  /**
   * Returns the forms of assistance and service areas a unit offers, itself or through the
   * mandates it holds: first those it offers itself, then those of each mandate in turn, each
   * once.
   *
   * @param unit the id of the unit, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Service> servicesOfferedBy(EntityId unit) {
    java.util.LinkedHashSet<Service> found = new java.util.LinkedHashSet<>(servicesOf(unit));
    for (Mandate m : mandatesOf(unit)) {
      found.addAll(servicesOf(m.id()));
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * Returns the units that offer a form of assistance or service area, themselves or through a
   * mandate they hold: first those that offer it themselves, then the holders of each mandate
   * that offers it, each once.
   *
   * @param service the id of the service, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Unit> unitsOffering(EntityId service) {
    java.util.LinkedHashSet<Unit> found = new java.util.LinkedHashSet<>(
        related(service, RelationKind.OFFERS, false, Unit.class));
    for (Mandate m : related(service, RelationKind.OFFERS, false, Mandate.class)) {
      found.addAll(holdersOf(m.id()));
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * Returns the topics an entity addresses.
   *
   * @param id the id of the instrument, unit, programme, body or mandate, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Topic> topicsOf(EntityId id) {
    return related(id, RelationKind.ADDRESSES, true, Topic.class);
  }

  /**
   * Returns the programmes that address a topic.
   *
   * @param topic the id of the topic, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Programme> programmesAddressing(EntityId topic) {
    return related(topic, RelationKind.ADDRESSES, false, Programme.class);
  }

  /**
   * Returns the units that address a topic.
   *
   * @param topic the id of the topic, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Unit> unitsAddressing(EntityId topic) {
    return related(topic, RelationKind.ADDRESSES, false, Unit.class);
  }

  /**
   * Returns the kinds of counterpart a unit or programme works with directly.
   *
   * @param id the id of the unit or programme, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<CounterpartType> counterpartsOf(EntityId id) {
    return related(id, RelationKind.ENGAGES, true, CounterpartType.class);
  }

  /**
   * Returns the units and programmes that work directly with a kind of counterpart.
   *
   * @param counterpart the id of the counterpart type, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public ImmutableList<Entity> engagedBy(EntityId counterpart) {
    return related(counterpart, RelationKind.ENGAGES, false, Entity.class);
  }

  /** Returns "EditionView[edition]". */
  @Override
  public String toString() {
    return "EditionView[" + edition.id() + "]";
  }

  /** A growable stack of ints. */
  private static final class IntStack {
    private int[] items = new int[16];
    private int size;

    void push(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int pop() {
      return items[--size];
    }

    int get(int i) {
      return items[i];
    }

    int size() {
      return size;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void clear() {
      size = 0;
    }
  }
}
