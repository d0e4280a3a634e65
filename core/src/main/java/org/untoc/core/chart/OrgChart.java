package org.untoc.core.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Basis;
import org.untoc.core.Edition;
import org.untoc.core.EditionView;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Link;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UntocException;

/**
 * Renders the organisation chart of one edition: every unit that is part of no other unit is a
 * root; under each unit come its parts, then the programmes it runs.
 *
 * <p>Units are ordered as the registry holds them; programmes likewise. This class is immutable
 * and thread-safe.
 */
public final class OrgChart {
  private final EditionView view;
  private final EditionId edition;
  private final String language;

  private OrgChart(EditionView view, String language) {
    this.view = view;
    this.edition = view.editionId();
    this.language = language;
  }

  /**
   * Obtains the chart of an edition of a registry.
   *
   * @param registry the registry, not null
   * @param edition the edition, not null; must be one of the registry's
   * @return the chart, not null
   * @throws UntocException if the registry has no such edition
   */
  public static OrgChart of(Registry registry, EditionId edition) {
    return new OrgChart(registry.view(edition), Name.ENGLISH);
  }

  /**
   * Obtains the chart of the edition of a view.
   *
   * @param view the view, not null
   * @return the chart, not null
   */
  public static OrgChart of(EditionView view) {
    return new OrgChart(Objects.requireNonNull(view, "view"), Name.ENGLISH);
  }

  /**
   * Returns a copy of this chart that names entities in a language: each entity's official name
   * and acronym in that language, or its English ones where it has none there (a name is never
   * translated).
   *
   * @param language a BCP 47 tag, such as {@code fr} or {@code zh}, not null
   * @return the chart in that language, not null
   * @throws IllegalArgumentException if the tag is ill-formed, naming it
   */
  public OrgChart withLanguage(String language) {
    return new OrgChart(view, Name.parseLanguage(language));
  }

  /** Returns the language the chart names entities in, a BCP 47 tag: {@code en} unless changed. */
  public String language() {
    return language;
  }

  /** Returns the units of the edition that are part of no other unit, in registry order. */
  public ImmutableList<Unit> roots() {
    return view.entities(Unit.class).stream()
        .filter(u -> view.parentOf(u.id()).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the units directly part of a unit in the edition, in registry order. */
  public ImmutableList<Unit> childrenOf(EntityId unit) {
    return view.childrenOf(unit).stream()
        .filter(Unit.class::isInstance).map(Unit.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the programmes a unit runs in the edition, in registry order. */
  public ImmutableList<Programme> programmesOf(EntityId unit) {
    return view.programmesOf(unit);
  }

  /**
   * Returns the chart as an indented text tree, two spaces a level, one unit or programme a
   * line: units as "ACRONYM  Name [type]" and programmes as "* Name"; inferred ownership is
   * marked "(inferred)".
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    Edition e = view.edition();
    sb.append("Edition ").append(e.id()).append(": ").append(e.title()).append('\n');
    for (Unit root : roots()) {
      appendUnit(sb, root, 0);
    }
    return sb.toString();
  }

  private void appendUnit(StringBuilder sb, Unit unit, int depth) {
    indent(sb, depth);
    unit.acronymIn(edition, language).ifPresent(a -> sb.append(a).append("  "));
    sb.append(unit.nameIn(edition, language)).append(" [")
        .append(unit.unitType().label().replace('-', ' ')).append("]\n");
    for (Link link : view.linksFrom(unit.id(), RelationKind.RUNS)) {
      Relation r = link.relation();
      Entity p = link.entity();
      indent(sb, depth + 1);
      sb.append("* ").append(p.nameIn(edition, language));
      p.acronymIn(edition, language).ifPresent(a -> sb.append(" (").append(a).append(')'));
      if (r.provenance().basis() == Basis.INFERRED) {
        sb.append("  (inferred)");
      }
      sb.append('\n');
    }
    for (Unit part : childrenOf(unit.id())) {
      appendUnit(sb, part, depth + 1);
    }
  }

  private static void indent(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth));
  }

  /**
   * Returns the chart as a Mermaid flowchart ({@code flowchart TD}) that code-hosting sites
   * draw: units as boxes ("ACRONYM" and name), programmes as rounded boxes, an arrow from each
   * unit to its parts and to the programmes it runs; inferred ownership is a dotted arrow
   * labelled "inferred". Nodes are listed in the order of {@link #toText()}, then the arrows.
   */
  public String toMermaid() {
    StringBuilder nodes = new StringBuilder();
    StringBuilder edges = new StringBuilder();
    List<String> programmes = new ArrayList<>();
    walk((entity, parent, relation) -> {
      boolean isProgramme = entity instanceof Programme;
      nodes.append("  ").append(mermaidId(entity.id())).append(isProgramme ? "([\"" : "[\"")
          .append(mermaidText(chartLabel(entity))).append(isProgramme ? "\"])" : "\"]").append('\n');
      if (isProgramme) {
        programmes.add(mermaidId(entity.id()));
      }
      if (parent != null) {
        edges.append("  ").append(mermaidId(parent.id()))
            .append(isInferred(relation) ? " -. inferred .-> " : " --> ")
            .append(mermaidId(entity.id())).append('\n');
      }
    });
    StringBuilder sb = new StringBuilder("flowchart TD\n").append(nodes).append(edges);
    if (!programmes.isEmpty()) {
      sb.append("  classDef programme fill:#f4f4f4,stroke:#888\n");
      sb.append("  class ").append(String.join(",", programmes)).append(" programme\n");
    }
    return sb.toString();
  }

  /**
   * Returns the chart as a Graphviz DOT digraph: units as boxes, programmes as rounded boxes,
   * an edge from each unit to its parts and to the programmes it runs; inferred ownership is a
   * dashed edge labelled "inferred". Nodes are listed in the order of {@link #toText()}, then the
   * edges.
   */
  public String toDot() {
    StringBuilder nodes = new StringBuilder();
    StringBuilder edges = new StringBuilder();
    walk((entity, parent, relation) -> {
      nodes.append("  ").append(dotString(entity.id().toString())).append(" [label=")
          .append(dotString(chartLabel(entity)))
          .append(entity instanceof Programme ? ", style=rounded" : "").append("];\n");
      if (parent != null) {
        edges.append("  ").append(dotString(parent.id().toString())).append(" -> ")
            .append(dotString(entity.id().toString()))
            .append(isInferred(relation) ? " [style=dashed, label=\"inferred\"]" : "").append(";\n");
      }
    });
    return "digraph " + dotString(edition.toString()) + " {\n"
        + "  rankdir=TB;\n"
        + "  node [shape=box, fontname=\"Helvetica\"];\n"
        + nodes + edges + "}\n";
  }

  /** Receives the entities of the chart in the order of {@link #toText()}. */
  private interface Visitor {
    void visit(Entity entity, @Nullable Entity parent, @Nullable Relation relation);
  }

  private void walk(Visitor visitor) {
    for (Unit root : roots()) {
      walkUnit(root, null, null, visitor);
    }
  }

  private void walkUnit(Unit unit, @Nullable Entity parent, @Nullable Relation relation, Visitor visitor) {
    visitor.visit(unit, parent, relation);
    for (Link link : view.linksFrom(unit.id(), RelationKind.RUNS)) {
      visitor.visit(link.entity(), unit, link.relation());
    }
    for (Link link : view.linksTo(unit.id(), RelationKind.PART_OF)) {
      if (link.entity() instanceof Unit part) {
        walkUnit(part, unit, link.relation(), visitor);
      }
    }
  }

  private static boolean isInferred(@Nullable Relation r) {
    return r != null && r.provenance().basis() == Basis.INFERRED;
  }

  /** Returns the acronym and the name of an entity, a line each, or the name alone. */
  private String chartLabel(Entity e) {
    String name = e.nameIn(edition, language);
    return e.acronymIn(edition, language).map(a -> a + "\n" + name).orElse(name);
  }

  /** Returns a Mermaid node id: "n_" and the slug with '-' as "_h" and '.' as "_d", one to one. */
  static String mermaidId(EntityId id) {
    return "n_" + id.toString().replace("-", "_h").replace(".", "_d");
  }

  /**
   * Returns text for a quoted Mermaid label: '#' first, then '"', '<' and '>' as Mermaid's
   * entities ({@code #35;}, {@code #quot;}, {@code #lt;}, {@code #gt;}), so that no name can end
   * the label or be read as markup; then a line break as {@code <br/>}.
   */
  static String mermaidText(String text) {
    return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br/>");
  }

  /**
   * Returns a quoted DOT string: backslashes and quotes escaped, a line break as {@code \n}. In a
   * quoted string DOT reads '<', '>' and '#' as themselves.
   */
  static String dotString(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r\n", "\n").replace('\r', '\n')
        .replace("\n", "\\n") + '"';
  }

}
