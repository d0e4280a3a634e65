package org.untoc.examples.cli;

import java.util.concurrent.Callable;
import org.untoc.core.Edition;
import org.untoc.core.Registry;
import org.untoc.core.chart.OrgChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    dot
  }

  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Option(names = "--edition", paramLabel = "ID", defaultValue = "latest",
      description = "The edition to show, by id; 'latest' (the default) names the newest.")
  String edition = "latest";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (an indented tree, the default), mermaid (a flowchart) or dot (Graphviz).")
  Format format = Format.text;

  @Override
  public Integer call() {
    Registry registry = data.registry();
    Edition e = registry.edition(edition);
    OrgChart chart = OrgChart.of(registry, e.id());
    spec.commandLine().getOut().print(switch (format) {
      case text -> chart.toText();
      case mermaid -> chart.toMermaid();
      case dot -> chart.toDot();
    });
    spec.commandLine().getOut().flush();
    return UntocCommand.OK;
  }
}
