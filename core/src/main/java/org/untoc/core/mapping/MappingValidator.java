package org.untoc.core.mapping;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Basis;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.Link;
import org.untoc.core.LookupException;
import org.untoc.core.NoEditionException;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UntocException;

/**
 * Checks claims "programme P is run by unit U" against a {@link Registry}, row by row.
 *
 * <p>Each row is read in its own edition, or as of its own {@linkplain MappingRow#date() day}, or
 * else in the validator's default edition (the latest, unless {@link #withDefaultEdition(String)}
 * or {@link #withDefaultDate(LocalDate)} says otherwise). A row read as of a day is judged in the
 * view {@link Registry#asOf(LocalDate)} gives: the edition whose period covers the day, less what
 * the day excludes by its own dates; its message begins with the day and the edition chosen ("as
 * of 2022-03-01, in edition ocb-overview: ..."). A row with both an edition and a day is {@link
 * MappingStatus#MALFORMED}; a day no edition's period covers is {@link
 * MappingStatus#UNKNOWN_EDITION}, with the message of {@link NoEditionException}. A programme or
 * unit of that edition whose own dates exclude the day is {@link MappingStatus#NOT_IN_EDITION},
 * and the message says so as {@code untoc show --as-of} does: "programme 'CCP' (ccp) no longer
 * existed on 2025-06-01: ended January 2025 [PUBLIC_RECORD]", or "did not exist yet on ...:
 * started ...". Names are looked up as {@link
 * EditionView#find(Class, String)} reads them: by id, acronym, official name or alias, ignoring
 * case and spacing. The verdict is, in order of precedence: {@link MappingStatus#MALFORMED} (the
 * row has a {@linkplain MappingRow#problem() problem}, or an empty programme or unit); {@link
 * MappingStatus#UNKNOWN_EDITION}; {@link MappingStatus#AMBIGUOUS}; {@link
 * MappingStatus#UNKNOWN_PROGRAMME} or {@link MappingStatus#NOT_IN_EDITION} for the programme; the
 * same for the unit; then, with both found, {@link MappingStatus#CONFIRMED}, {@link
 * MappingStatus#CONSISTENT}, {@link MappingStatus#WITHIN} (the unit contains the one that runs
 * the programme), {@link MappingStatus#MISMATCH} or {@link MappingStatus#UNMAPPED}. Every verdict
 * on a found pair also carries what the latest edition says.
 *
 * <pre>{@code
 * MappingValidator v = MappingValidator.of(Untoc.reference());
 * v.validate(MappingRow.of("GPML", "ISS"));      // MISMATCH: CMLS runs GPML in ocb-overview ...
 * }</pre>
 *
 * <p>Rows stream: {@link #validate(Stream, Consumer)} holds one row at a time. 
 *
 * <p>This class is immutable and thread-safe: one validator may judge rows on many threads.
 */
public final class MappingValidator {
  private final Registry registry;
  private final Edition defaultEdition;
  /** The day rows without an edition or a day are read as of; null to read them in the default edition. */
  private final @Nullable LocalDate defaultDate;

  private MappingValidator(Registry registry, Edition defaultEdition, @Nullable LocalDate defaultDate) {
    this.registry = registry;
    this.defaultEdition = defaultEdition;
    this.defaultDate = defaultDate;
  }

  /**
   * Obtains a validator over a registry, reading rows without an edition in the latest.
   *
   * @param registry the registry, not null
   * @return the validator, not null
   * @throws UntocException if the registry has no editions
   */
  public static MappingValidator of(Registry registry) {
    return new MappingValidator(Objects.requireNonNull(registry, "registry"), registry.latest(), null);
  }

  /**
   * Returns a validator like this one that reads rows without an edition in the given one.
   *
   * @param edition the edition id or {@code latest}, not null
   * @return the validator, not null
   * @throws UntocException if the registry has no such edition; the message lists them
   */
  public MappingValidator withDefaultEdition(String edition) {
    return new MappingValidator(registry, registry.edition(edition), null);
  }

  /**
   * Returns a validator like this one that reads rows without an edition or a day as of the given
   * day, in the edition whose period covers it.
   *
   * @param day the day, not null
   * @return the validator, not null
   * @throws NoEditionException if no edition's period covers the day
   */
  public MappingValidator withDefaultDate(LocalDate day) {
    return new MappingValidator(registry, registry.asOf(Objects.requireNonNull(day, "day")).edition(), day);
  }

  /** Returns the edition rows without an edition or a day are read in. */
  public Edition defaultEdition() {
    return defaultEdition;
  }

  /** Returns the day rows without an edition or a day are read as of, if the validator has one. */
  public Optional<LocalDate> defaultDate() {
    return Optional.ofNullable(defaultDate);
  }

  /**
   * Validates rows one at a time, handing each verdict on as it is made.
   *
   * @param rows the rows, not null
   * @param sink where the verdicts go, in row order, not null
   * @return the counts of each status, not null
   */
  public MappingSummary validate(Stream<MappingRow> rows, Consumer<? super MappingVerdict> sink) {
    MappingSummary summary = new MappingSummary();
    rows.forEachOrdered(row -> sink.accept(summary.add(validate(row))));
    return summary;
  }

  /**
   * Validates one row.
   *
   * @param row the row, not null
   * @return the verdict, not null
   */
  public MappingVerdict validate(MappingRow row) {
    Optional<String> malformed = row.problem().or(() -> empty(row));
    if (malformed.isPresent()) {
      return verdict(row, MappingStatus.MALFORMED).message(malformed.get()).build();
    }
    if (row.edition().isPresent() && row.date().isPresent()) {
      return verdict(row, MappingStatus.MALFORMED).message("both an edition (" + row.edition().get()
          + ") and a date (" + row.date().get() + "); give one").build();
    }
    Optional<LocalDate> day = row.edition().isPresent() ? Optional.empty()
        : row.date().or(() -> Optional.ofNullable(defaultDate));
    if (day.isPresent()) {
      EditionView view;
      try {
        view = registry.asOf(day.get());
      } catch (NoEditionException e) {
        return verdict(row, MappingStatus.UNKNOWN_EDITION).message(e.getMessage()).build();
      }
      MappingVerdict v = judge(row, view);
      return MappingVerdict.builder().from(v).message("as of " + day.get() + ", in edition "
          + view.editionId() + ": " + v.message()).build();
    }
    Optional<Edition> edition = row.edition().isPresent()
        ? registry.findEdition(row.edition().get()) : Optional.of(defaultEdition);
    if (edition.isEmpty()) {
      return verdict(row, MappingStatus.UNKNOWN_EDITION).message("no edition '" + row.edition().get()
          + "': expected one of " + editionIds() + " or latest").build();
    }
    return judge(row, registry.view(edition.get().id()));
  }

  /** Returns "empty programme cell", "empty unit cell" or both, for a row with blank names. */
  private static Optional<String> empty(MappingRow row) {
    boolean programme = row.programme().isBlank();
    boolean unit = row.unit().isBlank();
    if (!programme && !unit) {
      return Optional.empty();
    }
    return Optional.of(programme && unit ? "empty programme and unit cells"
        : programme ? "empty programme cell" : "empty unit cell");
  }

  private MappingVerdict.Builder verdict(MappingRow row, MappingStatus status) {
    return MappingVerdict.builder().row(row).status(status);
  }

  private List<String> editionIds() {
    return registry.editions().stream().map(e -> e.id().toString()).toList();
  }

  private MappingVerdict judge(MappingRow row, EditionView view) {
    EditionId edition = view.editionId();
    MappingVerdict.Builder v = verdict(row, MappingStatus.CONFIRMED).edition(edition);
    Found<Programme> p = lookUp(view, Programme.class, row.programme());
    Found<Unit> u = lookUp(view, Unit.class, row.unit());
    for (Found<?> f : List.of(p, u)) {
      if (f.ambiguous != null) {
        return v.status(MappingStatus.AMBIGUOUS).candidates(f.ambiguous.candidates())
            .message(f.ambiguous.getMessage()).build();
      }
    }
    for (Found<?> f : List.of(p, u)) {
      if (f.excluded != null) {
        Entity e = f.excluded;
        LocalDate day = view.date().orElseThrow();
        return v.status(MappingStatus.NOT_IN_EDITION).candidates(ImmutableList.of(e))
            .message(e.kind() + " '" + f.text + "' (" + e.id() + ") " + e.exclusionOn(day).orElseThrow()).build();
      }
      if (f.entity == null && !f.elsewhere.isEmpty()) {
        Entity e = f.elsewhere.get(0);
        return v.status(MappingStatus.NOT_IN_EDITION).candidates(ImmutableList.of(e))
            .message(e.kind() + " '" + f.text + "' (" + e.id() + ") is not in edition " + edition
                + "; it is in " + registry.editionsOf(e)).build();
      }
      if (f.entity == null) {
        LookupException missing = Objects.requireNonNull(f.missing);
        return v.status(f.type == Programme.class ? MappingStatus.UNKNOWN_PROGRAMME : MappingStatus.UNKNOWN_UNIT)
            .candidates(missing.candidates()).message(missing.getMessage()).build();
      }
    }
    Programme programme = Objects.requireNonNull(p.entity);
    Unit unit = Objects.requireNonNull(u.entity);
    v.programme(programme.id()).unit(unit.id())
        .latest(registry.migrate(programme.id(), unit.id(), edition));
    String claim = label(view, programme) + " run by " + label(view, unit) + " in " + edition;
    ImmutableList<Link> owners = view.linksTo(programme.id(), RelationKind.RUNS);
    if (owners.isEmpty()) {
      return v.status(MappingStatus.UNMAPPED)
          .message(claim + ": the registry knows no unit that runs " + label(view, programme) + " there")
          .build();
    }
    Link owner = owners.get(0);
    v.expected(owner.entity().id());
    if (!owner.entity().id().equals(unit.id()) && view.pathToRootOf(owner.entity().id()).contains(unit)) {
      return v.status(MappingStatus.WITHIN).message(claim + ": within it, " + label(view, owner.entity())
          + " runs it (" + owner.basis() + ")").build();
    }
    if (!owner.entity().id().equals(unit.id())) {
      return v.status(MappingStatus.MISMATCH).message(claim + ": " + label(view, owner.entity()) + " runs it ("
          + owner.basis() + ")").build();
    }
    boolean inferred = owner.basis() == Basis.INFERRED;
    return v.status(inferred ? MappingStatus.CONSISTENT : MappingStatus.CONFIRMED)
        .message(claim + (inferred ? ": inferred, " + owner.provenance().rationale().orElse("")
            : ": " + owner.basis() + ", " + registry.titleOf(owner.provenance())))
        .build();
  }

  /** The outcome of looking a name up in an edition, and in the others if not found. */
  private static final class Found<T extends Entity> {
    final Class<T> type;
    final String text;
    @Nullable T entity;
    /** The entity of the view's edition that the name names but that the view's day excludes by its dates. */
    @Nullable T excluded;
    @Nullable LookupException ambiguous;
    @Nullable LookupException missing;
    final List<Entity> elsewhere = new ArrayList<>(1);

    Found(Class<T> type, String text) {
      this.type = type;
      this.text = text;
    }
  }

  /**
   * Looks a name up in the row's edition, then in the others; only a name found in none pays for
   * the close matches of the exception that says so.
   */
  private <T extends Entity> Found<T> lookUp(EditionView view, Class<T> type, String text) {
    Found<T> f = new Found<>(type, text);
    try {
      Optional<T> here = view.find(type, text);
      if (here.isPresent()) {
        f.entity = here.get();
        return f;
      }
      if (view.date().isPresent()) {
        Optional<T> onOtherDays = registry.view(view.editionId()).find(type, text);
        if (onOtherDays.isPresent()) {
          f.excluded = onOtherDays.get();
          return f;
        }
      }
      for (Edition other : registry.editions()) {
        if (!other.id().equals(view.editionId())) {
          registry.view(other.id()).find(type, text).ifPresent(found -> {
            if (!f.elsewhere.contains(found)) {
              f.elsewhere.add(found);
            }
          });
        }
      }
      if (f.elsewhere.isEmpty()) {
        try {
          f.entity = view.get(type, text); // found nowhere: this throws, with the close matches
        } catch (LookupException missing) {
          f.missing = missing;
        }
      }
    } catch (LookupException ambiguous) {
      f.ambiguous = ambiguous;
    }
    return f;
  }

  private static String label(EditionView view, Entity e) {
    return e.labelIn(view.editionId());
  }

}
