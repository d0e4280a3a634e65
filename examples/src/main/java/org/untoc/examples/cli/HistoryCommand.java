package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.DatedFact;
import org.untoc.core.Entity;
import org.untoc.core.Instrument;
import org.untoc.core.Link;
import org.untoc.core.Name;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import org.untoc.core.change.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc history NAME}: an entity through every edition and date the registry knows. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Print the history of one entity, found by id, acronym, name or alias in any edition: its own"
        + " dates (established, adopted, in force, ended) and, for each edition beside the period it describes,"
        + " whether it is there, its names, its parents, the programmes it ran and the units that ran it, each"
        + " with its basis.")
final class HistoryCommand implements Callable<Integer> {
  /** The forms of the output. */
  enum Format {
    text,
    json
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  UntocCommand root;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "NAME", description = "An id, acronym, official name or alias.")
  String name;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (a timeline, the default) or json.")
  @Nullable Format format;

  @Override
  public Integer call() {
    if (name.isBlank()) {
      throw new ParameterException(spec.commandLine(), "NAME is empty: give an id, acronym, official name or alias");
    }
    History history = data.registry(root).history(name);
    Format f = root.format(format, Format.class, Format.text, spec);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.json) {
      Json.write(out, g -> json(g, history));
    } else {
      out.print(history.toText());
    }
    out.flush();
    return UntocCommand.OK;
  }

  /**
   * Writes {"id", "kind", "label", "dates": [...], "editions": [...]}: the entity's own dates, then
   * one stage for each edition, oldest first.
   */
  private static void json(JsonGenerator g, History history) throws IOException {
    Entity e = history.entity();
    g.writeStartObject();
    g.writeStringField("id", e.id().toString());
    g.writeStringField("kind", e.kind().label());
    g.writeStringField("label", e.label());
    g.writeArrayFieldStart("dates");
    String start = e instanceof Instrument ? "adopted" : e instanceof Programme ? "started" : "established";
    date(g, start, e.established());
    if (e instanceof Instrument i) {
      date(g, "opened-for-signature", i.openedForSignature());
      date(g, "entered-into-force", i.entryIntoForce());
    }
    date(g, "ended", e.ended());
    g.writeEndArray();
    g.writeArrayFieldStart("editions");
    for (History.Stage s : history.stages()) {
      g.writeStartObject();
      g.writeStringField("edition", s.edition().id().toString());
      g.writeStringField("title", s.edition().title());
      Json.period(g, s.edition().period());
      g.writeBooleanField("exists", s.exists());
      g.writeArrayFieldStart("names");
      for (Name n : s.names()) {
        g.writeStartObject();
        g.writeStringField("type", n.type().label());
        g.writeStringField("text", n.text());
        g.writeStringField("language", n.language());
        g.writeStringField("basis", n.provenance().basis().label());
        g.writeEndObject();
      }
      g.writeEndArray();
      links(g, "parents", s.parents(), s);
      links(g, "programmes", s.programmes(), s);
      links(g, "units", s.units(), s);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, String event, Optional<DatedFact> fact) throws IOException {
    if (fact.isPresent()) {
      g.writeStartObject();
      g.writeStringField("event", event);
      Json.fact(g, fact.get());
      g.writeEndObject();
    }
  }

  private static void links(JsonGenerator g, String field, List<Link> links, History.Stage s) throws IOException {
    g.writeArrayFieldStart(field);
    for (Link l : links) {
      Period p = l.relation().period();
      g.writeStartObject();
      g.writeStringField("id", l.entity().id().toString());
      g.writeStringField("label", l.entity().labelIn(s.edition().id()));
      Json.optional(g, "since", p.from().map(DatedFact::date));
      Json.optional(g, "until", p.to().map(DatedFact::date));
      g.writeStringField("basis", l.basis().label());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
