package org.untoc.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.untoc.core.Edition;
import org.untoc.core.Entity;
import org.untoc.core.LookupException;
import org.untoc.core.Name;
import org.untoc.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code untoc find TEXT}: entities whose names or aliases match, across kinds and editions. */
@Command(name = "find", mixinStandardHelpOptions = true,
    description = "Find entities whose id, acronym, name or alias is TEXT or contains it, ignoring case,"
        + " across kinds and editions: one per line, the id, the kind, the name and the editions."
        + " Exit code 1 if nothing matches.")
final class FindCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "TEXT", description = "The text to look for.")
  String text;

  @Override
  public Integer call() {
    Registry registry = data.registry();
    Set<Entity> found = new LinkedHashSet<>();
    // Exact matches first, as the lookups read them, edition by edition, newest first.
    List<Edition> newestFirst = new ArrayList<>(registry.editions());
    java.util.Collections.reverse(newestFirst);
    for (Edition e : newestFirst) {
      found.addAll(registry.view(e.id()).findAll(text));
    }
    String needle = text.strip().toLowerCase(Locale.ROOT);
    if (!needle.isEmpty()) {
      for (Entity e : registry.entities()) {
        if (e.id().toString().contains(needle)
            || e.names().stream().map(Name::text).anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))) {
          found.add(e);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (found.isEmpty()) {
      String hint = "";
      try {
        registry.latestView().get(text);
      } catch (LookupException e) {
        hint = e.getMessage().contains("did you mean") ? e.getMessage().substring(e.getMessage().indexOf("did you mean")) : "";
      }
      spec.commandLine().getErr().println("untoc: nothing matches '" + text + "'" + (hint.isEmpty() ? "" : "; " + hint));
      return UntocCommand.PROBLEMS;
    }
    for (Entity e : found) {
      out.println(e.id() + "\t" + e.kind() + "\t" + e.label() + "\t"
          + String.join(",", registry.editionsOf(e).stream().map(Object::toString).toList()));
    }
    out.flush();
    return UntocCommand.OK;
  }
}
