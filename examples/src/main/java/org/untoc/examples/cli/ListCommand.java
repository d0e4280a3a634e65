package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityKind;
import org.untoc.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc list}: every entity, or every one of a kind, one a line. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every entity, or every one of a kind, in registry order, one a line: the id, the kind, the"
        + " label (as of the edition given, or the latest edition the entity is in) and the editions it is in;"
        + " with --as-of, those that existed on that day, in the edition whose period covers it.")
final class ListCommand implements Callable<Integer> {
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

  @Option(names = "--kind", paramLabel = "KIND", converter = Kinds.class, completionCandidates = Kinds.class,
      description = "Only entities of this kind: ${COMPLETION-CANDIDATES}.")
  @Nullable EntityKind kind;

  @Option(names = "--edition", paramLabel = "ID",
      description = "Only entities of this edition, by id or latest; by default those of every edition.")
  @Nullable String edition;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (the default) or json.")
  @Nullable Format format;

  @Mixin
  AsOf asOf;

  @Override
  public Integer call() {
    Registry registry = data.registry(root);
    Format f = root.format(format, Format.class, Format.text, spec);
    String asked = root.edition(edition);
    LocalDate day = asOf.day(spec, asked);
    EditionView view = day != null ? registry.asOf(day) : asked == null ? null : registry.view(asked);
    List<Entity> entities = (view == null ? registry.entities() : view.entities()).stream()
        .filter(e -> kind == null || e.kind() == kind).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.json) {
      Json.write(out, g -> {
        g.writeStartObject();
        if (view != null) {
          Json.optional(g, "asOf", view.date());
          g.writeStringField("edition", view.editionId().toString());
        }
        if (kind != null) {
          g.writeStringField("kind", kind.label());
        }
        g.writeArrayFieldStart("entities");
        for (Entity e : entities) {
          entity(g, registry, e, view, lang.language);
        }
        g.writeEndArray();
        g.writeEndObject();
      });
    } else {
      for (Entity e : entities) {
        ImmutableList<EditionId> in = registry.editionsOf(e);
        EditionId as = view == null ? newest(in) : view.editionId();
        out.println(e.id() + "\t" + e.kind() + "\t" + (as == null ? e.label() : e.labelIn(as, lang.language))
            + "\t" + String.join(",", in.stream().map(Object::toString).toList()));
      }
    }
    out.flush();
    return UntocCommand.OK;
  }

  /** Returns the newest of some editions, or null for none (a registry without editions). */
  private static @Nullable EditionId newest(List<EditionId> editions) {
    return editions.isEmpty() ? null : editions.get(editions.size() - 1);
  }

  private static void entity(JsonGenerator g, Registry registry, Entity e, @Nullable EditionView view,
      String language)
      throws java.io.IOException {
    ImmutableList<EditionId> in = registry.editionsOf(e);
    EditionId as = view == null ? newest(in) : view.editionId();
    g.writeStartObject();
    g.writeStringField("id", e.id().toString());
    g.writeStringField("kind", e.kind().label());
    g.writeStringField("label", as == null ? e.label() : e.labelIn(as, language));
    g.writeStringField("name", as == null ? e.name() : e.nameIn(as, language));
    Json.optional(g, "acronym", as == null ? e.acronym() : e.acronymIn(as, language));
    Json.strings(g, "editions", in);
    g.writeEndObject();
  }
}
