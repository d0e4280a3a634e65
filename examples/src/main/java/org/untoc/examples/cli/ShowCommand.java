package org.untoc.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.untoc.core.Contact;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code untoc show NAME}: one entity with everything the registry knows of it. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one entity, found by id, acronym, name or alias: its names, identifiers,"
        + " dates, editions, sources, and its relations in the edition.")
final class ShowCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "NAME", description = "An id, acronym, official name or alias.")
  String name;

  @Option(names = "--edition", paramLabel = "ID", defaultValue = "latest",
      description = "The edition to look in, by id; 'latest' (the default) names the newest.")
  String edition = "latest";

  @Override
  public Integer call() {
    Registry registry = data.registry();
    EditionView view = registry.view(edition);
    Entity e = view.get(name);
    EditionId ed = view.editionId();
    PrintWriter out = spec.commandLine().getOut();
    out.println(e.acronymIn(ed).map(a -> a + "  ").orElse("") + e.nameIn(ed));
    out.println("  id: " + e.id() + "    kind: " + e.kind() + subtype(e));
    out.println("  editions: " + String.join(", ", registry.editionsOf(e).stream().map(Object::toString).toList())
        + (e.editions().isEmpty() ? " (every edition)" : ""));
    out.println("  names:");
    for (Name n : e.names()) {
      out.println("    " + pad(n.type().name().toLowerCase(Locale.ROOT), 10) + n.text()
          + (n.editions().isEmpty() ? "" : "  " + n.editions()) + "  [" + n.provenance().basis() + "]");
    }
    if (!e.identifiers().isEmpty()) {
      out.println("  identifiers:");
      for (Identifier i : e.identifiers()) {
        out.println("    " + i.scheme() + ": " + i.value() + i.note().map(x -> " (" + x + ")").orElse(""));
      }
    }
    details(e, out);
    out.println("  sources:");
    for (Provenance p : e.provenance()) {
      out.println("    " + p);
    }
    List<Relation> outgoing = registry.relationsFrom(e.id()).stream().filter(registry.view(ed)::holds).toList();
    List<Relation> incoming = registry.relationsTo(e.id()).stream().filter(registry.view(ed)::holds).toList();
    if (!outgoing.isEmpty() || !incoming.isEmpty()) {
      out.println("  relations in " + ed + ":");
      for (Relation r : outgoing) {
        out.println("    " + pad(r.kind().verb(), 28) + registry.get(r.to()).labelIn(ed) + "  [" + r.provenance().basis() + "]");
      }
      for (Relation r : incoming) {
        out.println("    " + pad(r.kind().inverseVerb(), 28) + registry.get(r.from()).labelIn(ed) + "  ["
            + r.provenance().basis() + "]");
      }
    }
    out.flush();
    return UntocCommand.OK;
  }

  private static String subtype(Entity e) {
    String t = null;
    if (e instanceof Unit u) {
      t = u.unitType().name();
    } else if (e instanceof Instrument i) {
      t = i.instrumentType().name();
    } else if (e instanceof Programme p) {
      t = p.programmeType().name();
    } else if (e instanceof org.untoc.core.Body b) {
      t = b.bodyType().name();
    } else if (e instanceof org.untoc.core.Service s) {
      t = s.serviceType().name();
    }
    return t == null ? "" : " (" + t.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private static void details(Entity e, PrintWriter out) {
    if (e instanceof Instrument i) {
      i.adopted().ifPresent(d -> out.println("  adopted: " + d));
      i.openedForSignature().ifPresent(d -> out.println("  opened for signature: " + d));
      i.entryIntoForce().ifPresent(d -> out.println("  entry into force: " + d));
    } else if (e instanceof Programme p) {
      p.started().ifPresent(d -> out.println("  started: " + d));
      p.ended().ifPresent(d -> out.println("  ended: " + d));
    } else if (e instanceof Unit u) {
      for (Contact c : u.contacts()) {
        out.println("  contact" + (c.editions().isEmpty() ? "" : " " + c.editions()) + ":");
        if (!c.address().isEmpty()) {
          out.println("    " + String.join(", ", c.address()));
        }
        c.phone().ifPresent(x -> out.println("    phone: " + x));
        c.fax().ifPresent(x -> out.println("    fax: " + x));
        c.email().ifPresent(x -> out.println("    e-mail: " + x));
        c.web().ifPresent(x -> out.println("    web: " + x));
      }
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
