package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityKind;
import org.untoc.core.LookupException;
import org.untoc.core.Name;
import org.untoc.core.NameKey;
import org.untoc.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc find TEXT}: entities whose id or names contain the text, in every edition. */
@Command(name = "find", mixinStandardHelpOptions = true,
    description = {"Find entities whose id, acronym, name or alias, in any edition and any language, is TEXT or contains it,"
        + " ignoring case and diacritics and treating hyphens and spaces alike: one a line, those the text names exactly first,"
        + " with the id, the kind, the label and the editions in which the names found hold; with --as-of, only"
        + " the entities that existed on that day, in the edition whose period covers it.",
        "Exit code 1 if nothing matches, 2 if TEXT is empty."})
final class FindCommand implements Callable<Integer> {
  /** The forms of the output. */
  enum Format {
    text,
    json
  }

  /** An entity found: its names that match, and the editions in which they hold. */
  record Hit(Entity entity, boolean exact, List<Match> matches, List<EditionId> editions) {}

  /**
   * A name (or the id, of type {@code id}, in no language) that matches, its language, and the
   * editions in which it holds.
   */
  record Match(String type, String text, @Nullable String language, List<EditionId> editions) {}

  @Spec
  CommandSpec spec;

  @ParentCommand
  UntocCommand root;

  @Mixin
  DataOptions data;

  @Mixin
  LanguageOption lang;

  @Parameters(arity = "1..*", paramLabel = "TEXT",
      description = "The text to look for; words given apart are joined with a space (find money laundering).")
  List<String> words = List.of();

  /** The text looked for. */
  private String text = "";

  @Option(names = "--kind", paramLabel = "KIND", converter = Kinds.class, completionCandidates = Kinds.class,
      description = "Only entities of this kind: ${COMPLETION-CANDIDATES}.")
  @Nullable EntityKind kind;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (the default) or json.")
  @Nullable Format format;

  @Mixin
  AsOf asOf;

  /** The view as of the day of --as-of, or null. */
  private @Nullable EditionView view;

  @Override
  public Integer call() {
    text = String.join(" ", words);
    String needle = fold(text);
    if (needle.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "TEXT is empty: give a name, or a part of one, to look for");
    }
    Registry registry = data.registry(root);
    Format f = root.format(format, Format.class, Format.text, spec);
    LocalDate day = asOf.day(spec, null);
    view = day == null ? null : registry.asOf(day);
    List<Hit> hits = search(registry, needle, kind, view);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.json) {
      Json.write(out, g -> json(g, hits));
    } else {
      for (Hit h : hits) {
        EditionId last = h.editions().get(h.editions().size() - 1);
        out.println(h.entity().id() + "\t" + h.entity().kind() + "\t" + h.entity().labelIn(last, lang.language) + "\t"
            + String.join(",", h.editions().stream().map(Object::toString).toList()));
      }
    }
    out.flush();
    if (hits.isEmpty()) {
      spec.commandLine().getErr().println("untoc: nothing matches '" + text + "'" + (kind == null ? "" : " among "
          + kind.label() + "s") + hint(registry));
      return UntocCommand.PROBLEMS;
    }
    return UntocCommand.OK;
  }

  /** Returns "; did you mean ..." with the close matches of the text, if any. */
  private String hint(Registry registry) {
    try {
      if (kind == null) {
        registry.get(text);
      } else {
        registry.get(kind.type(), text);
      }
    } catch (LookupException e) {
      int at = e.getMessage().indexOf("did you mean");
      return at < 0 ? "" : "; " + e.getMessage().substring(at);
    }
    return "";
  }

  /**
   * Returns the text in the form names are compared in: the normal form of lookups without
   * diacritics ({@link NameKey#ofIgnoringMarks}), with hyphens, dashes and runs of white space as one
   * space, trimmed.
   */
  static String fold(String text) {
    String s = NameKey.ofIgnoringMarks(text);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-'
          || Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(switch (c) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
        default -> Character.toLowerCase(c);
      });
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the entities whose id or a name contains the folded text: exact matches first, each
   * in registry order; with a view, only the entities and names it holds.
   */
  static List<Hit> search(Registry registry, String needle, @Nullable EntityKind kind, @Nullable EditionView view) {
    List<Hit> exact = new ArrayList<>();
    List<Hit> partial = new ArrayList<>();
    for (Entity e : registry.entities()) {
      if (kind != null && e.kind() != kind) {
        continue;
      }
      if (view != null && !view.contains(e.id())) {
        continue;
      }
      List<EditionId> in = view == null ? registry.editionsOf(e) : List.of(view.editionId());
      List<Match> matches = new ArrayList<>();
      boolean equal = false;
      String id = fold(e.id().toString());
      if (id.contains(needle)) {
        matches.add(new Match("id", e.id().toString(), null, in));
        equal = id.equals(needle);
      }
      for (Name n : e.names()) {
        String name = fold(n.text());
        if (name.contains(needle)) {
          matches.add(new Match(n.type().label(), n.text(), n.language(), in.stream().filter(n::holdsIn).toList()));
          equal |= name.equals(needle);
        }
      }
      Set<EditionId> editions = new LinkedHashSet<>();
      for (EditionId ed : in) {
        if (matches.stream().anyMatch(m -> m.editions().contains(ed))) {
          editions.add(ed);
        }
      }
      if (!editions.isEmpty()) {
        (equal ? exact : partial).add(new Hit(e, equal, matches, List.copyOf(editions)));
      }
    }
    exact.addAll(partial);
    return exact;
  }

  private void json(JsonGenerator g, List<Hit> hits) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", text);
    if (view != null) {
      Json.optional(g, "asOf", view.date());
      g.writeStringField("edition", view.editionId().toString());
    }
    if (kind != null) {
      g.writeStringField("kind", kind.label());
    }
    g.writeArrayFieldStart("hits");
    for (Hit h : hits) {
      Entity e = h.entity();
      EditionId last = h.editions().get(h.editions().size() - 1);
      g.writeStartObject();
      g.writeStringField("id", e.id().toString());
      g.writeStringField("kind", e.kind().label());
      g.writeStringField("label", e.labelIn(last, lang.language));
      g.writeBooleanField("exact", h.exact());
      Json.strings(g, "editions", h.editions());
      g.writeArrayFieldStart("matches");
      for (Match m : h.matches()) {
        g.writeStartObject();
        g.writeStringField("type", m.type());
        g.writeStringField("text", m.text());
        if (m.language() != null) {
          g.writeStringField("language", m.language());
        }
        Json.strings(g, "editions", m.editions());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
