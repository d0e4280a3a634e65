package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.untoc.core.change.EditionDiff;
import org.untoc.core.change.History;
import org.untoc.core.change.Migration;

/**
 * An immutable, integrity-checked set of editions, entities and relations, with indexes built
 * once so that a query costs time in proportion to its answer.
 *
 * <p>Obtain the embedded reference data with {@link Untoc#reference()}; build your own with
 * {@link #builder()}, or add to an existing registry with {@link #toBuilder()}. Building checks
 * every {@link Rule} and throws an {@link IntegrityException} listing every violation, so a
 * registry that exists is always whole.
 *
 * <p>Editions are held in order, oldest first; {@link #latest()} is the newest. An entity with
 * no editions exists in every edition; a relation with no editions holds in every edition in
 * which both its entities exist.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Registry {
  private final ImmutableList<Edition> editions;
  private final ImmutableList<Source> sources;
  private final ImmutableMap<String, Source> sourcesByReference;
  private final ImmutableList<Entity> entities;
  private final ImmutableList<Relation> relations;
  private final RegistryIndex index;
  private final ImmutableList<EditionView> views;

  Registry(ImmutableList<Edition> editions, ImmutableList<Source> sources, ImmutableList<Entity> entities,
      ImmutableList<Relation> relations, RegistryIndex index) {
    this.editions = editions;
    this.sources = sources;
    this.sourcesByReference = sources.stream().collect(ImmutableMap.toImmutableMap(Source::reference, s -> s));
    this.entities = entities;
    this.relations = relations;
    this.index = index;
    ImmutableList.Builder<EditionView> v = ImmutableList.builderWithExpectedSize(editions.size());
    for (int i = 0; i < editions.size(); i++) {
      v.add(new EditionView(this, index, i));
    }
    this.views = v.build();
  }

  /** Returns a builder of an empty registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this registry's editions, entities and relations. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.editions.addAll(editions);
    b.sources.addAll(sources);
    b.entities.addAll(entities);
    b.relations.addAll(relations);
    return b;
  }

  // ---------------------------------------------------------------- editions

  /** Returns the editions, oldest first. */
  public ImmutableList<Edition> editions() {
    return editions;
  }

  /**
   * Returns the newest edition.
   *
   * @throws UntocException if the registry has no editions
   */
  public Edition latest() {
    if (editions.isEmpty()) {
      throw new UntocException("the registry has no editions");
    }
    return editions.get(editions.size() - 1);
  }

  /**
   * Finds an edition by id; {@code latest} names the newest.
   *
   * @param id the edition id or {@code latest}, not null
   * @return the edition, or empty if there is none with that id
   */
  public Optional<Edition> findEdition(String id) {
    Objects.requireNonNull(id, "id");
    String key = id.strip().toLowerCase(java.util.Locale.ROOT);
    if (key.equals("latest")) {
      return editions.isEmpty() ? Optional.empty() : Optional.of(latest());
    }
    for (Edition e : editions) {
      if (e.id().toString().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the edition with the given id; {@code latest} names the newest.
   *
   * @param id the edition id or {@code latest}, not null
   * @return the edition, not null
   * @throws UntocException if there is no edition with that id; the message lists the editions
   */
  public Edition edition(String id) {
    return findEdition(id).orElseThrow(() -> new UntocException("no edition '" + id
        + "': expected one of " + editions.stream().map(e -> e.id().toString()).toList()
        + " or latest"));
  }

  /**
   * Returns the editions in which something holds, oldest first: its own editions, or every edition where
   * it names none.
   */
  public ImmutableList<EditionId> editionsOf(Editioned item) {
    ImmutableList.Builder<EditionId> b = ImmutableList.builder();
    for (Edition e : editions) {
      if (item.holdsIn(e.id())) {
        b.add(e.id());
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- sources

  /** Returns the sources, in the order given to the builder. */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /**
   * Finds a source by its id or by its reference, the file name or citation that provenance
   * gives.
   *
   * @param idOrReference the id or reference, not null
   * @return the source, or empty if the registry has none by that id or reference
   */
  public Optional<Source> findSource(String idOrReference) {
    Source byReference = sourcesByReference.get(Objects.requireNonNull(idOrReference, "idOrReference"));
    return byReference != null ? Optional.of(byReference)
        : sources.stream().filter(s -> s.id().equals(idOrReference)).findFirst();
  }

  /**
   * Returns the title of the source a provenance names, as people read it: the title of a
   * registered source, or else the source as the provenance gives it.
   */
  public String titleOf(Provenance provenance) {
    return findSource(provenance.source()).map(Source::title).orElse(provenance.source());
  }

  // ---------------------------------------------------------------- entities

  /** Returns every entity, in the order given to the builder. */
  public ImmutableList<Entity> entities() {
    return entities;
  }

  /**
   * Returns every entity of a type, in the order given to the builder.
   *
   * @param type the entity type, such as {@code Programme.class}, not null
   * @param <T> the entity type
   */
  public <T extends Entity> ImmutableList<T> entities(Class<T> type) {
    ImmutableList.Builder<T> b = ImmutableList.builder();
    for (Entity e : entities) {
      if (type.isInstance(e)) {
        b.add(type.cast(e));
      }
    }
    return b.build();
  }

  /**
   * Finds an entity by id, in any edition.
   *
   * @param id the id, not null
   * @return the entity, or empty if there is none with that id
   */
  public Optional<Entity> find(EntityId id) {
    RegistryIndex.Node node = index.node(Objects.requireNonNull(id, "id"));
    return node == null ? Optional.empty() : Optional.of(node.entity());
  }

  /**
   * Returns the entity with the given id, in any edition.
   *
   * @param id the id, not null
   * @return the entity, not null
   * @throws LookupException if there is none with that id; the message lists close matches
   */
  public Entity get(EntityId id) {
    return find(id).orElseThrow(() -> EditionView.notFoundInAnyEdition(this, index, Entity.class, id.toString()));
  }

  /** Returns the number of entities. */
  public int size() {
    return entities.size();
  }

  // ---------------------------------------------------------------- relations

  /** Returns every relation, in the order given to the builder. */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** Returns every relation that starts from an entity, in any edition, in the order given to the builder. */
  public ImmutableList<Relation> relationsFrom(EntityId from) {
    return all(from, true);
  }

  /** Returns every relation that points to an entity, in any edition, in the order given to the builder. */
  public ImmutableList<Relation> relationsTo(EntityId to) {
    return all(to, false);
  }

  private ImmutableList<Relation> all(EntityId id, boolean forward) {
    return index.edges(Objects.requireNonNull(id, "id"), forward).stream()
        .sorted(Comparator.comparingInt(RegistryIndex.Edge::position))
        .map(RegistryIndex.Edge::relation)
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- views and lookups

  /**
   * Returns the view of the registry as of an edition.
   *
   * @param edition the edition id, not null
   * @return the view, not null
   * @throws UntocException if the registry has no such edition
   */
  public EditionView view(EditionId edition) {
    int position = index.editionNumber(Objects.requireNonNull(edition, "edition"));
    if (position < 0) {
      throw new UntocException("no edition '" + edition + "': expected one of "
          + editions.stream().map(e -> e.id().toString()).toList());
    }
    return views.get(position);
  }

  /**
   * Returns the view of the registry as of an edition given by id; {@code latest} names the
   * newest.
   *
   * @param edition the edition id or {@code latest}, not null
   * @return the view, not null
   * @throws UntocException if the registry has no such edition; the message lists the editions
   */
  public EditionView view(String edition) {
    return view(edition(edition).id());
  }

  /**
   * Returns the view of the registry as of its newest edition.
   *
   * @return the view, not null
   * @throws UntocException if the registry has no editions
   */
  public EditionView latestView() {
    return view(latest().id());
  }

  /**
   * Finds an entity in any edition by id, acronym, official name or alias: as {@link
   * EditionView#find(String)} reads the text in the latest edition, or else in the edition
   * before it, and so on to the oldest; the first edition in which the text names something
   * decides. To show an entity found so as of an edition it exists in, take the last of {@link
   * #editionsOf}.
   *
   * @param text the id or name, not null
   * @return the entity, or empty if nothing in any edition bears that id or name
   * @throws LookupException if the text names two or more entities in the edition that decides
   */
  public Optional<Entity> find(String text) {
    return find(Entity.class, text);
  }

  /**
   * Returns the entity of any edition with an id, acronym, official name or alias, read as
   * {@link #find(String)} reads it.
   *
   * @param text the id or name, not null
   * @return the entity, not null
   * @throws LookupException if nothing in any edition bears that name, with close matches from
   *     every edition, or if it names two or more entities in the edition that decides
   */
  public Entity get(String text) {
    return get(Entity.class, text);
  }

  /**
   * Finds an entity of a type in any edition by id, acronym, official name or alias, read as
   * {@link #find(String)} reads it.
   *
   * @param type the entity type, such as {@code Unit.class}, not null
   * @param text the id or name, not null
   * @param <T> the entity type
   * @return the entity, or empty if no entity of the type in any edition bears that id or name
   * @throws LookupException if the text names two or more entities of the type in the edition
   *     that decides
   */
  public <T extends Entity> Optional<T> find(Class<T> type, String text) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    for (int i = views.size() - 1; i >= 0; i--) {
      Optional<T> found = views.get(i).find(type, text);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the entity of a type in any edition with an id, acronym, official name or alias,
   * read as {@link #find(String)} reads it.
   *
   * @param type the entity type, such as {@code Unit.class}, not null
   * @param text the id or name, not null
   * @param <T> the entity type
   * @return the entity, not null
   * @throws LookupException if no entity of the type in any edition bears that name, with close
   *     matches from every edition, or if it names two or more entities of the type in the
   *     edition that decides
   */
  public <T extends Entity> T get(Class<T> type, String text) {
    return find(type, text).orElseThrow(() -> EditionView.notFoundInAnyEdition(this, index, type, text));
  }

  /**
   * Finds an entity in an edition by id, acronym, official name or alias: as {@code
   * view(edition).find(text)}.
   *
   * @param text the id or name, not null
   * @param edition the edition id or {@code latest}, not null
   * @return the entity, or empty if nothing in that edition bears that id or name
   * @throws LookupException if the text names two or more entities there
   * @throws UntocException if the registry has no such edition; the message lists the editions
   */
  public Optional<Entity> find(String text, String edition) {
    return view(edition).find(text);
  }

  /**
   * Returns the entity of an edition with an id, acronym, official name or alias: as {@code
   * view(edition).get(text)}. Where the text names nothing there but names an entity of another
   * edition, the exception says so and names the edition.
   *
   * @param text the id or name, not null
   * @param edition the edition id or {@code latest}, not null
   * @return the entity, not null
   * @throws LookupException if nothing in that edition bears that name, or if it names two or
   *     more entities there
   * @throws UntocException if the registry has no such edition; the message lists the editions
   */
  public Entity get(String text, String edition) {
    return view(edition).get(text);
  }

  // ---------------------------------------------------------------- as of a day

  /**
   * Finds the edition that describes a day: the newest edition whose {@linkplain Edition#period()
   * period} {@linkplain Period#covers(LocalDate) covers} it. An edition without a period covers
   * every day, so in a registry whose editions have no periods this is the latest edition.
   *
   * @param day the day, not null
   * @return the edition, or empty if no edition's period covers the day
   */
  public Optional<Edition> findEdition(LocalDate day) {
    Objects.requireNonNull(day, "day");
    for (int i = editions.size() - 1; i >= 0; i--) {
      if (editions.get(i).period().covers(day)) {
        return Optional.of(editions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the view of the registry as of a day: as {@link #asOf(LocalDate)}, or empty where no
   * edition describes the day.
   *
   * @param day the day, not null
   * @return the view, or empty if no edition's period covers the day
   */
  public Optional<EditionView> findAsOf(LocalDate day) {
    return findEdition(day).map(e -> view(e.id()).at(day));
  }

  /**
   * Returns the view of the registry as of a day: the edition that describes the day ({@link
   * #findEdition(LocalDate)}), less the entities and relations whose own dates exclude it. {@link
   * EditionView} writes the rules down: an entity established after the day or ended before it is
   * not there; one whose date is known only to the year or month that contains the day is.
   *
   * @param day the day, not null
   * @return the view, not null
   * @throws NoEditionException if no edition's period covers the day: it names the nearest
   *     editions on either side and what each describes
   */
  public EditionView asOf(LocalDate day) {
    return findAsOf(day).orElseThrow(() -> noEdition(day));
  }

  private NoEditionException noEdition(LocalDate day) {
    Edition before = null;
    Edition after = null;
    for (Edition e : editions) {
      Period p = e.period();
      if (p.endsBefore(day) && (before == null
          || !p.to().orElseThrow().date().lastDay().isBefore(before.period().to().orElseThrow().date().lastDay()))) {
        before = e;
      }
      if (p.startsAfter(day) && (after == null
          || p.from().orElseThrow().date().firstDay().isBefore(after.period().from().orElseThrow().date().firstDay()))) {
        after = e;
      }
    }
    return new NoEditionException(day, before, after);
  }

  /**
   * Returns the history of an entity: where it is in every edition, and the dates of its own;
   * see {@link History}.
   *
   * @param id the id, not null
   * @return the history, not null
   * @throws LookupException if the registry has no entity with that id
   */
  public History history(EntityId id) {
    return History.of(this, get(id));
  }

  /**
   * Returns the history of the entity of any edition with an id, acronym, official name or alias,
   * read as {@link #get(String)} reads it.
   *
   * @param text the id or name, not null
   * @return the history, not null
   * @throws LookupException if nothing in any edition bears that name, or if it is ambiguous
   */
  public History history(String text) {
    return History.of(this, get(text));
  }

  // ---------------------------------------------------------------- change

  /**
   * Returns the changes between two editions; see {@link EditionDiff}.
   *
   * @param from the earlier edition, not null
   * @param to the later edition, not null
   * @return the diff, not null
   * @throws UntocException if the registry has no such edition
   */
  public EditionDiff diff(EditionId from, EditionId to) {
    return EditionDiff.between(this, from, to);
  }

  /**
   * Returns what the latest edition says of the mapping "programme is run by unit", taken from
   * an earlier edition.
   *
   * @param programme the id of the programme, not null
   * @param unit the id of the unit, not null
   * @param from the edition the mapping is taken from, not null
   * @return the verdict, not null
   * @throws LookupException if the registry has no programme or unit with these ids
   * @throws UntocException if the registry has no such edition
   */
  public Migration migrate(EntityId programme, EntityId unit, EditionId from) {
    return migrate(programme, unit, from, latest().id());
  }

  /**
   * Returns what the latest edition says of the mapping "programme is run by unit", taken from
   * an earlier edition, both given by id or name as {@link EditionView#get(Class, String)} reads
   * them in that edition.
   *
   * @param programme the id or name of the programme, not null
   * @param unit the id or name of the unit, not null
   * @param from the edition the mapping is taken from, or {@code latest}, not null
   * @return the verdict, not null
   * @throws LookupException if the edition has no such programme or unit
   * @throws UntocException if the registry has no such edition
   */
  public Migration migrate(String programme, String unit, String from) {
    EditionView source = view(from);
    return migrate(source.get(Programme.class, programme).id(), source.get(Unit.class, unit).id(),
        source.editionId(), latest().id());
  }

  /**
   * Returns what one edition says of the mapping "programme is run by unit", taken from
   * another.
   *
   * @param programme the id of the programme, not null
   * @param unit the id of the unit, not null
   * @param from the edition the mapping is taken from, not null
   * @param to the edition to migrate it to, not null
   * @return the verdict, not null
   * @throws LookupException if the registry has no programme or unit with these ids
   * @throws UntocException if the registry has no such edition
   */
  public Migration migrate(EntityId programme, EntityId unit, EditionId from, EditionId to) {
    return Migration.of(this, programme, unit, from, to);
  }

  /** Returns a summary: the number of editions, entities and relations, and the latest edition. */
  @Override
  public String toString() {
    return "Registry[" + editions.size() + " editions, " + entities.size() + " entities, "
        + relations.size() + " relations" + (editions.isEmpty() ? "" : ", latest " + latest().id()) + "]";
  }

  /**
   * Collects editions, entities and relations and builds a {@link Registry}, checking its
   * integrity.
   *
   * <p>Editions are ordered as added, oldest first. Add entities and relations in any order:
   * references are resolved when {@link #build()} is called. A builder is not thread-safe.
   */
  public static final class Builder {
    final List<Edition> editions = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();

    Builder() {}

    /**
     * Adds an edition after those already added, as the newest.
     *
     * @param edition the edition, not null
     * @return this builder
     */
    public Builder addEdition(Edition edition) {
      editions.add(Objects.requireNonNull(edition, "edition"));
      return this;
    }

    /**
     * Adds a source: a document the data cites, whose title people read in place of its
     * reference.
     *
     * @param source the source, not null
     * @return this builder
     */
    public Builder addSource(Source source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Adds entities.
     *
     * @param entities the entities, not null
     * @return this builder
     */
    public Builder add(Entity... entities) {
      for (Entity e : entities) {
        this.entities.add(Objects.requireNonNull(e, "entity"));
      }
      return this;
    }

    /**
     * Adds entities.
     *
     * @param entities the entities, not null
     * @return this builder
     */
    public Builder addAll(Iterable<? extends Entity> entities) {
      for (Entity e : entities) {
        this.entities.add(Objects.requireNonNull(e, "entity"));
      }
      return this;
    }

    /**
     * Replaces the entity that has the same id as the given one.
     *
     * @param entity the new entity, not null
     * @return this builder
     * @throws IllegalArgumentException if no entity with that id has been added
     */
    public Builder replace(Entity entity) {
      for (int i = 0; i < entities.size(); i++) {
        if (entities.get(i).id().equals(entity.id())) {
          entities.set(i, entity);
          return this;
        }
      }
      throw new IllegalArgumentException("no entity with id '" + entity.id() + "' to replace");
    }

    /**
     * Adds relations.
     *
     * @param relations the relations, not null
     * @return this builder
     */
    public Builder relate(Relation... relations) {
      for (Relation r : relations) {
        this.relations.add(Objects.requireNonNull(r, "relation"));
      }
      return this;
    }

    /**
     * Adds relations.
     *
     * @param relations the relations, not null
     * @return this builder
     */
    public Builder relateAll(Iterable<? extends Relation> relations) {
      for (Relation r : relations) {
        this.relations.add(Objects.requireNonNull(r, "relation"));
      }
      return this;
    }

    /**
     * Builds the registry, checking every integrity {@link Rule}.
     *
     * <p>The calling thread does the work, but for the index of the names of a registry with more
     * than 2<sup>18</sup> names, which a task of the {@linkplain java.util.concurrent.ForkJoinPool#commonPool()
     * common pool} builds meanwhile; where no worker takes it, the calling thread builds it too.
     *
     * @return the registry, not null
     * @throws IntegrityException listing every violation, if any rule is broken
     */
    public Registry build() {
      RegistryIndex index = new RegistryIndex(editions, entities, relations);
      ImmutableList<Violation> violations = new IntegrityCheck(editions, sources, entities, relations, index).run();
      if (!violations.isEmpty()) {
        throw new IntegrityException(violations);
      }
      return new Registry(ImmutableList.copyOf(editions), ImmutableList.copyOf(sources), ImmutableList.copyOf(entities),
          ImmutableList.copyOf(relations), index);
    }
  }
}
