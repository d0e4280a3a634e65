package org.untoc.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc export}: writes the registry, or one edition of it, in another form. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the registry, or an edition of it, in another form: json, the registry document (every"
        + " edition; --edition is not allowed); jsonld, JSON-LD of an edition (W3C Organization Ontology, SKOS,"
        + " Dublin Core, PROV); csv, the programme-to-unit mappings of every edition, or of the one --edition"
        + " names; mermaid or dot, the organisation chart of an edition as a Mermaid flowchart or as Graphviz"
        + " DOT."})
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

  @ParentCommand
  UntocCommand root;

  @Mixin
  DataOptions data;

  @Mixin
  LanguageOption lang;

  @Mixin
  Output output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json, jsonld, csv, mermaid or dot; required, here or before the command's name.")
  @Nullable Format format;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition, by id or latest; the latest if not given (csv: every edition).")
  @Nullable String edition;

  @Override
  public Integer call() {
    if (format == null && root.format == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--format=FORMAT'");
    }
    Format f = root.format(format, Format.class, Format.json, spec);
    String asked = root.edition(edition);
    Registry registry = data.registry(root);
    EditionId chosen = registry.edition(asked == null ? "latest" : asked).id();
    if (f == Format.json && asked != null) {
      throw new InputException("export --format json writes every edition; leave out --edition");
    }
    return output.write(spec.commandLine().getOut(), out -> {
      try {
        switch (f) {
          case json -> RegistryJson.strict().write(registry, new Json.NonClosing(out));
          case jsonld -> out.print(JsonLdExport.toString(registry, chosen));
          case csv -> {
            if (asked == null) {
              ProgrammeUnitCsv.write(registry, out);
            } else {
              ProgrammeUnitCsv.write(registry, chosen, out);
            }
          }
          case mermaid -> out.print(OrgChart.of(registry, chosen).withLanguage(lang.language).toMermaid());
          case dot -> out.print(OrgChart.of(registry, chosen).withLanguage(lang.language).toDot());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return UntocCommand.OK;
    });
  }
}
