package org.untoc.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EditionId;
import org.untoc.core.Name;
import org.untoc.core.Registry;
import org.untoc.core.chart.OrgChart;
import org.untoc.json.RegistryJson;
import org.untoc.json.export.ProgrammeUnitCsv;
import org.untoc.json.export.RdfExport;
import org.untoc.json.export.SssomExport;
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
        + " edition; --edition is not allowed); turtle, nquads or jsonld, linked data (W3C Organization Ontology,"
        + " SKOS, Dublin Core, PROV) with the basis and source of every statement: every edition and the changes"
        + " between them, or the one --edition names; csv, the programme-to-unit mappings of every edition, or of"
        + " the one --edition names; sssom, the same mappings as an SSSOM mapping set; mermaid or dot, the organisation chart of an edition as a Mermaid flowchart"
        + " or as Graphviz DOT."})
final class ExportCommand implements Callable<Integer> {
  /** The forms of export. */
  enum Format {
    json,
    turtle,
    nquads,
    jsonld,
    csv,
    sssom,
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
      description = "json, turtle, nquads, jsonld, csv, sssom, mermaid or dot; required, here or before the command's name.")
  @Nullable Format format;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition, by id or latest; the latest if not given (turtle, nquads, jsonld, csv and"
          + " sssom: every edition).")
  @Nullable String edition;

  @Option(names = "--base", paramLabel = "IRI",
      description = "turtle, nquads, jsonld and sssom: the base of the IRIs, ending with '/', '#' or ':', such as"
          + " https://data.example.org/untoc/; by default " + RdfExport.DEFAULT_BASE + ", a name that locates"
          + " nothing.")
  @Nullable String base;

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
    boolean rdf = f == Format.turtle || f == Format.nquads || f == Format.jsonld || f == Format.sssom;
    if (base != null && !rdf) {
      throw new InputException("--base is for linked data: --format turtle, nquads, jsonld or sssom");
    }
    if (!lang.language.equals(Name.ENGLISH) && f != Format.mermaid && f != Format.dot) {
      throw new InputException("--lang is for the charts: --format mermaid or dot");
    }
    RdfExport linked;
    SssomExport mappings;
    try {
      linked = RdfExport.of(registry).withBase(base == null ? RdfExport.DEFAULT_BASE : base);
      mappings = SssomExport.of(registry).withBase(linked.base());
    } catch (IllegalArgumentException e) {
      throw new InputException("--base: " + e.getMessage());
    }
    RdfExport lds = asked == null ? linked : linked.withEdition(chosen);
    return output.write(spec.commandLine().getOut(), out -> {
      try {
        switch (f) {
          case json -> RegistryJson.strict().write(registry, new Json.NonClosing(out));
          case turtle -> out.print(lds.toString(RdfExport.Format.TURTLE));
          case nquads -> out.print(lds.toString(RdfExport.Format.N_QUADS));
          case jsonld -> out.print(lds.toString(RdfExport.Format.JSON_LD));
          case csv -> {
            if (asked == null) {
              ProgrammeUnitCsv.write(registry, out);
            } else {
              ProgrammeUnitCsv.write(registry, chosen, out);
            }
          }
          case sssom -> out.print(mappings.toString(Optional.ofNullable(asked == null ? null : chosen)));
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
