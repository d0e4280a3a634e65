package org.untoc.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Edition;
import org.untoc.core.Registry;
import org.untoc.core.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc editions}: lists the editions, oldest first. */
@Command(name = "editions", mixinStandardHelpOptions = true,
    description = "List the editions, oldest first, one per line: the id, the date of its document if known, the"
        + " period it describes, the title and the source; the newest is marked (latest).")
final class EditionsCommand implements Callable<Integer> {
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

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (the default) or json.")
  @Nullable Format format;

  @Override
  public Integer call() {
    Registry registry = data.registry(root);
    Format f = root.format(format, Format.class, Format.text, spec);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.json) {
      Json.write(out, g -> {
        g.writeStartObject();
        if (!registry.editions().isEmpty()) {
          g.writeStringField("latest", registry.latest().id().toString());
        }
        g.writeArrayFieldStart("editions");
        for (Edition e : registry.editions()) {
          g.writeStartObject();
          g.writeStringField("id", e.id().toString());
          g.writeStringField("title", e.title());
          Json.optional(g, "date", e.date());
          Json.period(g, e.period());
          g.writeStringField("source", sourceTitle(registry, e));
          g.writeStringField("reference", e.source());
          Json.optional(g, "description", e.description());
          g.writeBooleanField("latest", e.equals(registry.latest()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      });
    } else {
      for (Edition e : registry.editions()) {
        out.println(e.id() + "\t" + e.date().map(Object::toString).orElse("undated") + "\t"
            + (e.period().from().isEmpty() && e.period().to().isEmpty() ? "period unknown" : "describes " + e.period())
            + "\t" + e.title()
            + "\t" + sourceTitle(registry, e) + (e.equals(registry.latest()) ? "\t(latest)" : ""));
      }
    }
    out.flush();
    return UntocCommand.OK;
  }

  /** Returns the title of an edition's source document, or its reference where it is not registered. */
  private static String sourceTitle(Registry registry, Edition e) {
    return registry.findSource(e.source()).map(Source::title).orElse(e.source());
  }
}
