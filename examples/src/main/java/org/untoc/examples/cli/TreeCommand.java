package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
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
    description = "Print the organisation chart of an edition: units, their parts, and the"
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
    Edition e = registry.edition(nonNull(root.edition(edition)));
    Format f = root.format(format, Format.class, Format.text, spec);
    OrgChart chart = OrgChart.of(registry, e.id()).withLanguage(lang.language);
    return output.write(spec.commandLine().getOut(), out -> {
      switch (f) {
        case text -> out.print(chart.toText());
        case mermaid -> out.print(chart.toMermaid());
        case dot -> out.print(chart.toDot());
        case json -> Json.write(out, g -> json(g, registry, e, chart));
      }
      return UntocCommand.OK;
    });
  }

  private static String nonNull(@Nullable String edition) {
    return edition == null ? "latest" : edition;
  }

  /** Writes {"edition": {...}, "units": [unit, ...]}, each unit with its programmes and its parts. */
  private static void json(JsonGenerator g, Registry registry, Edition e, OrgChart chart) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("edition");
    g.writeStringField("id", e.id().toString());
    g.writeStringField("title", e.title());
    g.writeBooleanField("latest", e.equals(registry.latest()));
    g.writeEndObject();
    g.writeArrayFieldStart("units");
    for (Unit u : chart.roots()) {
      unit(g, registry, e.id(), chart, u, chart.language());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void unit(JsonGenerator g, Registry registry, EditionId e, OrgChart chart, Unit u, String language)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.id().toString());
    g.writeStringField("name", u.nameIn(e, language));
    Json.optional(g, "acronym", u.acronymIn(e, language));
    g.writeStringField("unitType", u.unitType().label());
    g.writeArrayFieldStart("programmes");
    for (Link link : registry.view(e).linksFrom(u.id(), RelationKind.RUNS)) {
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
      unit(g, registry, e, chart, part, language);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
