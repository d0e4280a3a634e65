package org.untoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EditionId;
import org.untoc.core.Registry;
import org.untoc.core.chart.OrgChart;
import org.untoc.json.RegistryJson;
import org.untoc.json.export.JsonLdExport;
import org.untoc.json.export.ProgrammeUnitCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code untoc export}: writes the registry, or one edition of it, in another form. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the registry in another form to standard output:",
        "json     the registry document (every edition; --edition is not allowed),",
        "jsonld   JSON-LD of an edition (W3C Organization Ontology, SKOS, Dublin Core, PROV),",
        "csv      programme-to-unit mappings (every edition, or the one --edition names),",
        "mermaid  the organisation chart of an edition as a Mermaid flowchart,",
        "dot      the organisation chart of an edition as Graphviz DOT."})
final class ExportCommand implements Callable<Integer> {
  /** The forms of export. */
  enum Format {
    json,
    jsonld,
    csv,
    mermaid,
    dot
  }

  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      description = "json, jsonld, csv, mermaid or dot.")
  Format format;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition, by id or latest; the latest if not given (csv: every edition).")
  @Nullable String edition;

  @Override
  public Integer call() throws IOException {
    Registry registry = data.registry();
    PrintWriter out = spec.commandLine().getOut();
    EditionId chosen = registry.edition(edition == null ? "latest" : edition).id();
    switch (format) {
      case json -> {
        if (edition != null) {
          throw new InputException("export --format json writes every edition; leave out --edition");
        }
        RegistryJson.strict().write(registry, new ValidateCommand.NonClosing(out));
      }
      case jsonld -> out.print(JsonLdExport.toString(registry, chosen));
      case csv -> {
        if (edition == null) {
          ProgrammeUnitCsv.write(registry, out);
        } else {
          ProgrammeUnitCsv.write(registry, chosen, out);
        }
      }
      case mermaid -> out.print(OrgChart.of(registry, chosen).toMermaid());
      case dot -> out.print(OrgChart.of(registry, chosen).toDot());
    }
    out.flush();
    return UntocCommand.OK;
  }
}
