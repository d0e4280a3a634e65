package org.untoc.examples.cli;

import java.util.concurrent.Callable;
import org.untoc.core.Registry;
import org.untoc.core.change.EditionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code untoc diff FROM TO}: the changes between two editions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Print the changes from one edition to another: units and programmes created,"
        + " dissolved, renamed, moved, merged or split, each with the basis of the facts behind it.")
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "FROM", description = "The earlier edition, by id.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "The later edition, by id, or latest.")
  String to;

  @Override
  public Integer call() {
    Registry registry = data.registry();
    EditionDiff diff = registry.diff(registry.edition(from).id(), registry.edition(to).id());
    spec.commandLine().getOut().print(diff.toText());
    spec.commandLine().getOut().flush();
    return UntocCommand.OK;
  }
}
