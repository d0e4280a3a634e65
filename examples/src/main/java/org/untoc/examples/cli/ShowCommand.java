package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Body;
import org.untoc.core.Contact;
import org.untoc.core.DatedFact;
import org.untoc.core.Description;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.LookupException;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.Service;
import org.untoc.core.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc show NAME}: one entity with everything the registry knows of it. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Show one entity, found by id, acronym, name or alias in any edition: its names, identifiers,"
        + " dates, editions, sources, and its relations in the latest edition it is in, or in the edition"
        + " --edition names, or as of the day --as-of names."})
final class ShowCommand implements Callable<Integer> {
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

  @Mixin
  LanguageOption lang;

  @Parameters(index = "0", paramLabel = "NAME", description = "An id, acronym, official name or alias.")
  String name;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition to look in, by id or latest; by default every edition, the latest first.")
  @Nullable String edition;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (the default) or json.")
  @Nullable Format format;

  @Mixin
  AsOf asOf;

  @Override
  public Integer call() {
    if (name.isBlank()) {
      throw new ParameterException(spec.commandLine(), "NAME is empty: give an id, acronym, official name or alias");
    }
    Registry registry = data.registry(root);
    Format f = root.format(format, Format.class, Format.text, spec);
    String asked = root.edition(edition);
    LocalDate day = asOf.day(spec, asked);
    Entity e;
    EditionView view;
    if (day != null) {
      Entity found = registry.get(name);
      Optional<String> why = found.exclusionOn(day);
      if (why.isPresent()) {
        throw new InputException("'" + name + "' (" + found.kind() + " " + found.id() + ") " + why.get());
      }
      view = registry.asOf(day);
      e = view.get(name);
    } else if (asked == null) {
      e = registry.get(name);
      ImmutableList<EditionId> in = registry.editionsOf(e);
      view = registry.view(in.get(in.size() - 1));
    } else {
      view = registry.view(asked);
      try {
        e = view.get(name);
      } catch (LookupException x) {
        throw x.reason() == LookupException.Reason.NOT_IN_EDITION ? new InputException(x.getMessage()
            + "; ask with --edition " + newest(registry, x.candidates().get(0)), x) : x;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.json) {
      Json.write(out, g -> json(g, registry, e, view, lang.language));
    } else {
      text(out, registry, e, view, lang.language);
    }
    out.flush();
    return UntocCommand.OK;
  }

  private static EditionId newest(Registry registry, Entity e) {
    ImmutableList<EditionId> in = registry.editionsOf(e);
    return in.get(in.size() - 1);
  }

  private static void text(PrintWriter out, Registry registry, Entity e, EditionView view, String language) {
    EditionId ed = view.editionId();
    out.println(e.acronymIn(ed, language).map(a -> a + "  ").orElse("") + e.nameIn(ed, language));
    EditionId latest = registry.latest().id();
    if (view.date().isPresent()) {
      LocalDate day = view.date().get();
      out.println("  shown as of " + day + ", in edition " + ed + ", which describes " + view.edition().period());
      if (view.isUncertain(e.id())) {
        out.println("  its dates leave " + day + " undecided: " + e.undecidedOn(day));
      }
      if (e instanceof Instrument i && !i.isInForceOn(day)) {
        out.println("  not in force on " + day + i.entryIntoForce().map(f -> ": entry into force " + f.toText())
            .orElse(": no date of entry into force is known"));
      }
    } else if (!ed.equals(latest) && !registry.view(latest).contains(e.id())) {
      out.println("  shown as of " + ed + ", the latest edition it is in; it is not in " + latest);
    }
    out.println("  id: " + e.id() + "    kind: " + e.kind() + subtype(e).map(t -> " (" + t.replace('-', ' ') + ")")
        .orElse(""));
    out.println("  editions: " + String.join(", ", registry.editionsOf(e).stream().map(Object::toString).toList())
        + (e.editions().isEmpty() ? " (every edition)" : ""));
    out.println("  names:");
    for (Name n : e.names()) {
      out.println("    " + pad(n.type().label(), 10) + (n.isIn(Name.ENGLISH) ? "" : n.language() + "  ") + n.text()
          + (n.editions().isEmpty() ? "" : "  " + n.editions()) + "  [" + n.provenance().basis() + "]");
    }
    List<Description> descriptions = e.descriptionsIn(ed);
    if (!descriptions.isEmpty()) {
      out.println("  described in " + ed + " as:");
      for (Description d : descriptions) {
        out.println("    " + d.text() + "  [" + d.provenance().basis() + "]");
      }
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
      out.println("    " + source(registry, p));
    }
    List<Relation> outgoing = registry.relationsFrom(e.id()).stream().filter(view::holds).toList();
    List<Relation> incoming = registry.relationsTo(e.id()).stream().filter(view::holds).toList();
    if (!outgoing.isEmpty() || !incoming.isEmpty()) {
      out.println("  relations in " + ed + ":");
      for (Relation r : outgoing) {
        out.println("    " + pad(r.kind().verb(), 28) + registry.get(r.to()).labelIn(ed, language) + qualifier(r)
            + "  [" + r.provenance().basis() + "]");
      }
      for (Relation r : incoming) {
        out.println("    " + pad(r.kind().inverseVerb(), 28) + registry.get(r.from()).labelIn(ed, language) + qualifier(r)
            + "  [" + r.provenance().basis() + "]");
      }
    }
  }

  private static String qualifier(Relation r) {
    return r.qualifier().map(q -> " (" + q + ")").orElse("");
  }

  /** Returns a provenance as people read it: its basis, the title of its source, its quote or rationale. */
  private static String source(Registry registry, Provenance p) {
    return p.basis() + " (" + registry.titleOf(p) + p.quote().map(q -> ": \"" + q + "\"").orElse("")
        + p.rationale().map(r -> ": " + r).orElse("") + ")";
  }

  /** Returns the label of an entity's type: unit type, instrument type and so on; empty for kinds without one. */
  private static Optional<String> subtype(Entity e) {
    if (e instanceof Unit u) {
      return Optional.of(u.unitType().label());
    } else if (e instanceof Instrument i) {
      return Optional.of(i.instrumentType().label());
    } else if (e instanceof Programme p) {
      return Optional.of(p.programmeType().label());
    } else if (e instanceof Body b) {
      return Optional.of(b.bodyType().label());
    } else if (e instanceof Service s) {
      return Optional.of(s.serviceType().label());
    }
    return Optional.empty();
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

  // ---------------------------------------------------------------- json

  private static void json(JsonGenerator g, Registry registry, Entity e, EditionView view, String language)
      throws IOException {
    EditionId ed = view.editionId();
    g.writeStartObject();
    Json.optional(g, "asOf", view.date());
    if (view.date().isPresent()) {
      g.writeBooleanField("uncertain", view.isUncertain(e.id()));
      if (e instanceof Instrument i) {
        g.writeBooleanField("inForce", i.isInForceOn(view.date().get()));
      }
    }
    g.writeStringField("edition", ed.toString());
    g.writeStringField("latestEdition", registry.latest().id().toString());
    g.writeStringField("id", e.id().toString());
    g.writeStringField("kind", e.kind().label());
    Json.optional(g, "type", subtype(e));
    g.writeStringField("name", e.nameIn(ed, language));
    Json.optional(g, "acronym", e.acronymIn(ed, language));
    Json.strings(g, "editions", registry.editionsOf(e));
    g.writeArrayFieldStart("names");
    for (Name n : e.names()) {
      g.writeStartObject();
      g.writeStringField("type", n.type().label());
      g.writeStringField("text", n.text());
      g.writeStringField("language", n.language());
      if (!n.editions().isEmpty()) {
        Json.strings(g, "editions", n.editions());
      }
      g.writeStringField("basis", n.provenance().basis().label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("identifiers");
    for (Identifier i : e.identifiers()) {
      g.writeStartObject();
      g.writeStringField("scheme", i.scheme());
      g.writeStringField("value", i.value());
      Json.optional(g, "note", i.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("dates");
    if (e instanceof Instrument i) {
      date(g, "adopted", i.adopted());
      date(g, "openedForSignature", i.openedForSignature());
      date(g, "entryIntoForce", i.entryIntoForce());
    } else if (e instanceof Programme p) {
      date(g, "started", p.started());
      date(g, "ended", p.ended());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("descriptions");
    for (Description d : e.descriptionsIn(ed)) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeStringField("basis", d.provenance().basis().label());
      g.writeStringField("source", registry.titleOf(d.provenance()));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (e instanceof Unit u) {
      g.writeArrayFieldStart("contacts");
      for (Contact c : u.contacts()) {
        g.writeStartObject();
        if (!c.editions().isEmpty()) {
          Json.strings(g, "editions", c.editions());
        }
        Json.strings(g, "address", c.address());
        Json.optional(g, "phone", c.phone());
        Json.optional(g, "fax", c.fax());
        Json.optional(g, "email", c.email());
        Json.optional(g, "web", c.web());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("sources");
    for (Provenance p : e.provenance()) {
      provenance(g, registry, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (Relation r : registry.relationsFrom(e.id())) {
      if (view.holds(r)) {
        relation(g, registry, r, ed, language, true);
      }
    }
    for (Relation r : registry.relationsTo(e.id())) {
      if (view.holds(r)) {
        relation(g, registry, r, ed, language, false);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, String field, Optional<DatedFact> fact) throws IOException {
    if (fact.isPresent()) {
      g.writeStringField(field, fact.get().date().toString());
    }
  }

  private static void provenance(JsonGenerator g, Registry registry, Provenance p) throws IOException {
    g.writeStartObject();
    g.writeStringField("basis", p.basis().label());
    g.writeStringField("source", registry.titleOf(p));
    g.writeStringField("reference", p.source());
    Json.optional(g, "quote", p.quote());
    Json.optional(g, "rationale", p.rationale());
    g.writeEndObject();
  }

  /** Writes a relation as seen from the entity shown: outgoing or incoming, the entity at the other end. */
  private static void relation(JsonGenerator g, Registry registry, Relation r, EditionId ed, String language,
      boolean outgoing)
      throws IOException {
    Entity other = registry.get(outgoing ? r.to() : r.from());
    g.writeStartObject();
    g.writeStringField("kind", r.kind().label());
    g.writeStringField("direction", outgoing ? "outgoing" : "incoming");
    g.writeStringField("verb", outgoing ? r.kind().verb() : r.kind().inverseVerb());
    g.writeStringField("entity", other.id().toString());
    g.writeStringField("label", other.labelIn(ed, language));
    Json.optional(g, "qualifier", r.qualifier());
    g.writeStringField("basis", r.provenance().basis().label());
    g.writeEndObject();
  }
}
