package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EntityKind;
import org.untoc.core.Labelled;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.change.Change;
import org.untoc.core.change.EditionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code untoc diff FROM TO}: the changes between two editions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Print the changes from one edition to another: first a count of each type of change, then the"
        + " entities created, dissolved, renamed, moved, merged or split, then the relations linked and unlinked,"
        + " each with the basis of the facts behind it.")
final class DiffCommand implements Callable<Integer> {
  /** The forms of the output. */
  enum Format {
    text,
    json
  }

  /** Reads a change type by its label, in any case. */
  static final class Types implements ITypeConverter<Change.Type>, Iterable<String> {
    @Override
    public Change.Type convert(String value) {
      try {
        return Labelled.ofLabel(Change.Type.class, value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return EnumSet.allOf(Change.Type.class).stream().map(Labelled::label).iterator();
    }
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  UntocCommand root;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "FROM", description = "The earlier edition, by id.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "The later edition, by id, or latest.")
  String to;

  @Option(names = "--only", paramLabel = "TYPE", split = ",", converter = Types.class,
      completionCandidates = Types.class,
      description = "Only changes of these types, separated by commas: ${COMPLETION-CANDIDATES}.")
  @Nullable List<Change.Type> only;

  @Option(names = "--kind", paramLabel = "KIND", converter = Kinds.class, completionCandidates = Kinds.class,
      description = "Only changes whose subject is of this kind (the programme of a runs relation, the entity a"
          + " relation starts from): ${COMPLETION-CANDIDATES}.")
  @Nullable EntityKind kind;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (the default) or json.")
  @Nullable Format format;

  @Override
  public Integer call() {
    Registry registry = data.registry(root);
    Format f = root.format(format, Format.class, Format.text, spec);
    EditionDiff diff = registry.diff(registry.edition(from).id(), registry.edition(to).id());
    Set<Change.Type> types = only == null || only.isEmpty() ? EnumSet.allOf(Change.Type.class) : EnumSet.copyOf(only);
    List<Change> changes = diff.changes().stream()
        .filter(c -> types.contains(c.type()))
        .filter(c -> kind == null || registry.get(c.subject()).kind() == kind)
        .toList();
    Map<Change.Type, Integer> counts = new EnumMap<>(Change.Type.class);
    changes.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.json) {
      Json.write(out, g -> json(g, registry, diff, changes, counts));
    } else {
      text(out, diff, changes, counts);
    }
    out.flush();
    return UntocCommand.OK;
  }

  private static boolean isRelation(Change c) {
    return c.type() == Change.Type.LINKED || c.type() == Change.Type.UNLINKED;
  }

  private static void text(PrintWriter out, EditionDiff diff, List<Change> changes, Map<Change.Type, Integer> counts) {
    int total = diff.changes().size();
    out.println("Changes from " + diff.from() + " to " + diff.to() + ": " + (changes.size() == total ? "" :
        changes.size() + " of ") + total + (total == 1 ? " change" : " changes"));
    if (!counts.isEmpty()) {
      StringBuilder sb = new StringBuilder("  ");
      counts.forEach((t, n) -> sb.append(sb.length() > 2 ? ", " : "").append(t.label()).append(' ').append(n));
      out.println(sb);
    }
    long relations = changes.stream().filter(DiffCommand::isRelation).count();
    if (relations < changes.size()) {
      out.println("Entities:");
      changes.stream().filter(c -> !isRelation(c)).forEach(c -> line(out, diff, c));
    }
    if (relations > 0) {
      out.println("Relations:");
      changes.stream().filter(DiffCommand::isRelation).forEach(c -> line(out, diff, c));
    }
  }

  private static void line(PrintWriter out, EditionDiff diff, Change c) {
    String type = c.type().label();
    out.println("  " + type + " ".repeat(Math.max(1, 10 - type.length())) + diff.describe(c) + "  [" + c.restsOn()
        + "]");
  }

  private void json(JsonGenerator g, Registry registry, EditionDiff diff, List<Change> changes,
      Map<Change.Type, Integer> counts) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", diff.from().toString());
    g.writeStringField("to", diff.to().toString());
    g.writeNumberField("total", diff.changes().size());
    if (only != null && !only.isEmpty()) {
      Json.strings(g, "only", EnumSet.copyOf(only).stream().map(Labelled::label).toList());
    }
    if (kind != null) {
      g.writeStringField("kind", kind.label());
    }
    g.writeObjectFieldStart("counts");
    for (Map.Entry<Change.Type, Integer> c : counts.entrySet()) {
      g.writeNumberField(c.getKey().label(), c.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("changes");
    for (Change c : changes) {
      g.writeStartObject();
      g.writeStringField("type", c.type().label());
      g.writeStringField("subject", c.subject().toString());
      g.writeStringField("kind", registry.get(c.subject()).kind().label());
      g.writeStringField("description", diff.describe(c));
      g.writeStringField("basis", c.basis().label());
      g.writeStringField("evidence", c.evidence().label());
      if (c.nameType().isPresent()) {
        g.writeStringField("nameType", c.nameType().get().label());
        Json.optional(g, "oldName", c.oldName());
        Json.optional(g, "newName", c.newName());
      }
      Json.optional(g, "was", c.was());
      Json.optional(g, "now", c.now());
      if (!c.parts().isEmpty()) {
        Json.strings(g, "parts", c.parts());
      }
      if (c.oldRelation().isPresent()) {
        relation(g, "oldRelation", c.oldRelation().get());
      }
      if (c.newRelation().isPresent()) {
        relation(g, "newRelation", c.newRelation().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void relation(JsonGenerator g, String field, Relation r) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("kind", r.kind().label());
    g.writeStringField("from", r.from().toString());
    g.writeStringField("to", r.to().toString());
    g.writeEndObject();
  }
}
