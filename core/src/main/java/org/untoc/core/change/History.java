package org.untoc.core.change;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.untoc.core.DatedFact;
import org.untoc.core.Edition;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.Instrument;
import org.untoc.core.Link;
import org.untoc.core.Name;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;

/**
 * An entity through every edition and date a registry knows: the dates of its own ({@link
 * Entity#established()}, {@link Entity#ended()}, an instrument's entry into force: when it was
 * established, adopted or started, when an instrument entered into force, when it ended), and,
 * for each edition, oldest first, one {@link Stage}: whether it is there, its names there, its
 * parents, the programmes it ran and the units that ran it, each with its provenance.
 *
 * <p>Obtain one with {@link Registry#history(org.untoc.core.EntityId)} or {@link
 * Registry#history(String)}; {@link #toText()} prints it as a timeline, each edition beside the
 * period it describes and each date of the entity's own in its place among them. Nothing is
 * inferred here: an edition the entity is not in says only that; whether it had ended, or the
 * edition's source merely does not mention it, is for its dates, if any, to say.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class History {
  History() {}

  /** Returns the entity. */
  public abstract Entity entity();

  /** Returns one stage for each edition of the registry, oldest first. */
  public abstract ImmutableList<Stage> stages();

  /**
   * The entity in one edition: whether it is there, and if it is, its names there, where it sits,
   * the programmes it ran and the units that ran it, and the sources that name it there.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Stage {
    Stage() {}

    /** Returns the edition, with the period it describes. */
    public abstract Edition edition();

    /** Returns true if the entity exists in the edition. */
    public abstract boolean exists();

    /** Returns the names of the entity that hold in the edition, each with its provenance. */
    public abstract ImmutableList<Name> names();

    /** Returns the units or bodies the entity is part of in the edition, with the relations that say so. */
    public abstract ImmutableList<Link> parents();

    /** Returns the programmes the entity runs in the edition, with the relations that say so. */
    public abstract ImmutableList<Link> programmes();

    /** Returns the units that run the entity, a programme, in the edition, with the relations that say so. */
    public abstract ImmutableList<Link> units();

    /**
     * Returns the provenance of the entity's existence that holds in the edition: what the
     * edition's document states of it, and what rests on the public record or an inference.
     */
    public abstract ImmutableList<Provenance> evidence();

    /** Returns a builder of stages. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Stage} values. A builder is not thread-safe. */
    public static final class Builder extends ImmutableStage.Builder {
      Builder() {}
    }
  }

  /**
   * Obtains the history of an entity of a registry.
   *
   * @param registry the registry, not null
   * @param entity an entity of the registry, not null
   * @return the history, not null
   */
  public static History of(Registry registry, Entity entity) {
    Builder b = builder().entity(entity);
    for (Edition edition : registry.editions()) {
      EditionView view = registry.view(edition.id());
      Stage.Builder s = Stage.builder().edition(edition).exists(view.contains(entity.id()));
      if (view.contains(entity.id())) {
        entity.names().stream().filter(n -> n.holdsIn(edition.id())).forEach(s::addName);
        s.parents(view.linksFrom(entity.id(), RelationKind.PART_OF))
            .programmes(view.linksFrom(entity.id(), RelationKind.RUNS))
            .units(view.linksTo(entity.id(), RelationKind.RUNS));
        entity.provenance().stream()
            .filter(p -> p.basis() != org.untoc.core.Basis.STATED || p.source().equals(edition.source()))
            .forEach(s::addEvidence);
      }
      b.addStage(s.build());
    }
    return b.build();
  }

  /** Returns the entity's dates of its own, each with the word for it: "adopted", "entered into force", "ended". */
  private ImmutableList<Dated> dates() {
    Entity e = entity();
    ImmutableList.Builder<Dated> b = ImmutableList.builder();
    String start = e instanceof Instrument ? "adopted" : e instanceof Programme ? "started" : "established";
    e.established().ifPresent(d -> b.add(new Dated(start, d)));
    if (e instanceof Instrument i) {
      i.openedForSignature().ifPresent(d -> b.add(new Dated("opened for signature", d)));
      i.entryIntoForce().ifPresent(d -> b.add(new Dated("entered into force", d)));
    }
    e.ended().ifPresent(d -> b.add(new Dated("ended", d)));
    return b.build();
  }

  /** A date of the entity's own, with the word that says what happened then: "adopted", "ended". */
  private record Dated(String event, DatedFact fact) {}

  /**
   * Returns the history as a timeline, one line or block per date and edition, each with the
   * period it describes, in time order: each date of the entity's own before the first edition
   * whose period does not end before it (an end after the last edition whose period does not start
   * after it), the editions in registry order.
   *
   * <pre>
   * GFP (Global Firearms Programme), programme gfp
   *   2011           started: created by the Implementation Support Section  [PUBLIC_RECORD]
   *   2011 to 2015   ocb-brochure: Organized Crime Branch brochure
   *                    named    Global Firearms Programme  [STATED]
   *                    run by   ISS (Implementation Support Section), since 2011  [STATED]
   *   ...
   * </pre>
   */
  public String toText() {
    Entity e = entity();
    List<String[]> rows = new ArrayList<>(); // when, then the lines
    List<Dated> dates = new ArrayList<>(dates());
    for (Stage stage : stages()) {
      Period p = stage.edition().period();
      for (int i = 0; i < dates.size(); i++) {
        Dated d = dates.get(i);
        boolean before = d.event().equals("ended") ? p.startsAfter(d.fact().date().lastDay())
            : !p.endsBefore(d.fact().date().firstDay());
        if (before) {
          rows.add(dateRow(d));
          dates.remove(i--);
        }
      }
      rows.add(stageRow(e, stage));
    }
    dates.forEach(d -> rows.add(dateRow(d)));
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 3;
    StringBuilder sb = new StringBuilder(e.label()).append(", ").append(e.kind()).append(' ').append(e.id())
        .append('\n');
    for (String[] row : rows) {
      for (int i = 1; i < row.length; i++) {
        String when = i == 1 ? row[0] : "";
        sb.append("  ").append(when).append(" ".repeat(width - when.length())).append(i == 1 ? "" : "  ")
            .append(row[i]).append('\n');
      }
    }
    return sb.toString();
  }

  private static String[] dateRow(Dated d) {
    return new String[] {d.fact().date().toString(),
        d.event() + d.fact().note().map(n -> ": " + n).orElse("") + basis(d.fact().provenance())};
  }

  private static String[] stageRow(Entity e, Stage stage) {
    Edition ed = stage.edition();
    List<String> lines = new ArrayList<>();
    String period = java.util.stream.Stream.of(ed.period().from(), ed.period().to()).flatMap(Optional::stream)
        .map(d -> d.provenance().basis().toString()).distinct().collect(java.util.stream.Collectors.joining(", "));
    lines.add(ed.id() + ": " + ed.title() + (stage.exists() ? "" : "; not in this edition")
        + (period.isEmpty() ? "" : "  [period " + period + "]"));
    for (Name n : stage.names()) {
      lines.add(String.format("%-9s%s%s%s", n.type().label(), n.isIn(Name.ENGLISH) ? "" : n.language() + "  ", n.text(),
          basis(n.provenance())));
    }
    links(lines, "part of", stage.parents(), stage);
    links(lines, "runs", stage.programmes(), stage);
    links(lines, "run by", stage.units(), stage);
    List<String> row = new ArrayList<>();
    row.add(ed.period().isUnbounded() ? "(undated)" : ed.period().toString());
    row.addAll(lines);
    return row.toArray(String[]::new);
  }

  private static void links(List<String> lines, String verb, List<Link> links, Stage stage) {
    for (Link l : links) {
      Period p = l.relation().period();
      String dates = p.from().map(f -> ", since " + f.date()).orElse("") + p.to().map(t -> ", until " + t.date()).orElse("");
      lines.add(String.format("%-9s%s%s%s", verb, l.entity().labelIn(stage.edition().id()), dates,
          basis(l.provenance())));
    }
  }

  private static String basis(Provenance p) {
    return "  [" + p.basis() + "]";
  }

  /** Returns the label of the entity and the number of stages it is in. */
  @Override
  public String toString() {
    return "History[" + entity().id() + ": in " + stages().stream().filter(Stage::exists).count() + " of "
        + stages().size() + " editions]";
  }

  /** Returns a builder of histories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link History} values. A builder is not thread-safe. */
  public static final class Builder extends ImmutableHistory.Builder {
    Builder() {}
  }
}
