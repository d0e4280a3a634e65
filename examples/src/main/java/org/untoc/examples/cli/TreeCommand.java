package org.untoc.examples.cli;

import java.util.concurrent.Callable;
import org.untoc.core.Edition;
import org.untoc.core.OrgChart;
import org.untoc.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code untoc tree}: prints the organisation chart of an edition. */
@Command(name = "tree", mixinStandardHelpOptions = true,
    description = "Print the organisation chart of an edition: units, their parts, and the"
        + " programmes each runs (inferred owners are marked).")
final class TreeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--edition", paramLabel = "ID", defaultValue = "latest",
      description = "The edition to show, by id; 'latest' (the default) names the newest.")
  String edition = "latest";

  @Override
  public Integer call() {
    Registry registry = UntocCommand.registry();
    Edition e = registry.edition(edition);
    spec.commandLine().getOut().print(OrgChart.of(registry, e.id()).toText());
    spec.commandLine().getOut().flush();
    return UntocCommand.OK;
  }
}
