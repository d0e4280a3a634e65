package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Link;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.chart.OrgChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc tree}: prints the organisation chart of an edition. */
@Command(name = "tree", mixinStandardHelpOptions = true,
    description = "Print the organisation chart of an edition, or as of a day: units, their parts, and the"
        + " programmes each runs (inferred owners are marked).")
final class TreeCommand implements Callable<Integer> {
  /** The forms a chart can take. */
  enum Format {
    text,
    mermaid,
    dot,
    json
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  UntocCommand root;

  @Mixin
  DataOptions data;

  @Mixin
  LanguageOption lang;

  @Mixin
  Output output;

  @Mixin
  AsOf asOf;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition to show, by id; 'latest' (the default) names the newest.")
  @Nullable String edition;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (an indented tree, the default), mermaid (a flowchart), dot (Graphviz) or json"
          + " (the units nested, each with its programmes).")
  @Nullable Format format;

  @Override
  public Integer call() {
    Registry registry = data.registry(root);
    LocalDate day = asOf.day(spec, root.edition(edition));
    Format f = root.format(format, Format.class, Format.text, spec);
    EditionView view = day == null ? registry.view(registry.edition(nonNull(root.edition(edition))).id())
        : registry.asOf(day);
    Edition e = view.edition();
    OrgChart chart = OrgChart.of(view).withLanguage(lang.language);
    return output.write(spec.commandLine().getOut(), out -> {
      switch (f) {
        case text -> {
          if (day != null) {
            out.println("As of " + day + ": edition " + e.id() + ", which describes " + e.period());
          }
          out.print(chart.toText());
        }
        case mermaid -> out.print(chart.toMermaid());
        case dot -> out.print(chart.toDot());
        case json -> Json.write(out, g -> json(g, view, chart));
      }
      return UntocCommand.OK;
    });
  }

  private static String nonNull(@Nullable String edition) {
    return edition == null ? "latest" : edition;
  }

  /**
   * Writes {"asOf"?: day, "edition": {...}, "units": [unit, ...]}, each unit with its programmes and
   * its parts.
   */
  private static void json(JsonGenerator g, EditionView view, OrgChart chart) throws IOException {
    Registry registry = view.registry();
    Edition e = view.edition();
    g.writeStartObject();
    Json.optional(g, "asOf", view.date());
    g.writeObjectFieldStart("edition");
    g.writeStringField("id", e.id().toString());
    g.writeStringField("title", e.title());
    g.writeBooleanField("latest", e.equals(registry.latest()));
    g.writeEndObject();
    g.writeArrayFieldStart("units");
    for (Unit u : chart.roots()) {
      unit(g, view, chart, u, chart.language());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void unit(JsonGenerator g, EditionView view, OrgChart chart, Unit u, String language)
      throws IOException {
    EditionId e = view.editionId();
    g.writeStartObject();
    g.writeStringField("id", u.id().toString());
    g.writeStringField("name", u.nameIn(e, language));
    Json.optional(g, "acronym", u.acronymIn(e, language));
    g.writeStringField("unitType", u.unitType().label());
    g.writeArrayFieldStart("programmes");
    for (Link link : view.linksFrom(u.id(), RelationKind.RUNS)) {
      g.writeStartObject();
      g.writeStringField("id", link.entity().id().toString());
      g.writeStringField("name", link.entity().nameIn(e, language));
      Json.optional(g, "acronym", link.entity().acronymIn(e, language));
      g.writeStringField("basis", link.basis().label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("parts");
    for (Unit part : chart.childrenOf(u.id())) {
      unit(g, view, chart, part, language);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
