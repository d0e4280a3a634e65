package org.untoc.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.untoc.core.Edition;
import org.untoc.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code untoc editions}: lists the editions, oldest first. */
@Command(name = "editions", mixinStandardHelpOptions = true,
    description = "List the editions, oldest first, one per line: the id, the date if known, the title"
        + " and the source; the newest is marked (latest).")
final class EditionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() {
    Registry registry = data.registry();
    PrintWriter out = spec.commandLine().getOut();
    for (Edition e : registry.editions()) {
      out.println(e.id() + "\t" + e.date().map(Object::toString).orElse("undated") + "\t" + e.title()
          + "\t" + e.source() + (e.equals(registry.latest()) ? "\t(latest)" : ""));
    }
    out.flush();
    return UntocCommand.OK;
  }
}
