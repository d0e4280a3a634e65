package org.untoc.json.export;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.untoc.core.Basis;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Source;

/**
 * Exports the programme-to-unit mappings of a registry as an SSSOM mapping set (Simple Standard
 * for Sharing Ontological Mappings), in its TSV form: a metadata block of {@code #} lines, then
 * a row for each programme and the unit that runs it, in each edition, oldest first, or in one.
 *
 * <pre>{@code
 * subject_id    subject_label  predicate_id  object_id      object_label  mapping_justification  ...
 * untocid:gpml  Global ...     untoc:runBy   untocid:cmls   Cybercrime... semapv:BackgroundKnowledgeBasedMatching
 * }</pre>
 *
 * <p>The subject is a programme, the object the unit that runs it, the predicate {@link
 * #PREDICATE}; {@code subject_source_version} and {@code object_source_version} name the
 * edition. The {@code mapping_justification} follows the basis of the runs relation (see {@link
 * #justificationOf}); {@code see_also} names the source's resource where the registry has the
 * source, and {@code comment} says the basis, the source's title and the quote or rationale. No
 * basis gives a number, so the set has no {@code confidence}. Programmes that no unit is known to
 * run in an edition have no row there. Ids are CURIEs under the prefixes of {@link RdfExport}'s
 * IRIs ({@code untocid:} for entities, {@code untocsrc:} for sources, {@code untoc:} for the
 * vocabulary), declared in the {@code curie_map}.
 *
 * <p>Output is deterministic. This class is immutable and thread-safe.
 */
public final class SssomExport {
  /** The predicate of the mappings: the subject programme is run by the object unit. */
  public static final String PREDICATE = "untoc:runBy";
  /** The SEMAPV namespace of the justifications. */
  public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
  /** The columns of the rows, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("subject_id", "subject_label",
      "predicate_id", "object_id", "object_label", "mapping_justification", "subject_source_version",
      "object_source_version", "see_also", "comment");
  /** The SSSOM namespace, whose {@code sssom:NoTermFound} stands for an entity not found. */
  public static final String SSSOM = "https://w3id.org/sssom/";
  /** The licence of the mapping set: that of untoc. */
  static final String LICENSE = "https://www.apache.org/licenses/LICENSE-2.0";

  private final Registry registry;
  private final String base;

  private SssomExport(Registry registry, String base) {
    this.registry = registry;
    this.base = base;
  }

  /**
   * Obtains the SSSOM export of a registry, its ids under the default base of {@link RdfExport}.
   *
   * @param registry the registry, not null
   * @return the export, not null
   */
  public static SssomExport of(Registry registry) {
    return new SssomExport(Objects.requireNonNull(registry, "registry"), RdfExport.DEFAULT_BASE);
  }

  /**
   * Returns a copy of this export whose CURIEs expand under another base, as {@link
   * RdfExport#withBase} does.
   *
   * @param base an absolute IRI that ends with {@code /}, {@code #} or {@code :}, not null
   * @return the export, not null
   * @throws IllegalArgumentException if the base is not such an IRI
   */
  public SssomExport withBase(String base) {
    return new SssomExport(registry, RdfExport.checkBase(base));
  }

  /**
   * Returns the SEMAPV term that justifies a mapping of a basis: {@code
   * semapv:ManualMappingCuration} for a fact a source states or the public record gives, which a
   * person took from its document; {@code semapv:BackgroundKnowledgeBasedMatching} for an
   * inferred one, which rests on knowledge beside the source (its rationale says which).
   *
   * @param basis the basis, not null
   * @return the CURIE of the term, not null
   */
  public static String justificationOf(Basis basis) {
    return switch (basis) {
      case STATED, PUBLIC_RECORD -> "semapv:ManualMappingCuration";
      case INFERRED -> "semapv:BackgroundKnowledgeBasedMatching";
    };
  }

  /**
   * Writes the mappings of every edition; the writer is flushed, not closed.
   *
   * @param out the writer, not null
   * @throws IOException if the writer cannot be written
   */
  public void write(Writer out) throws IOException {
    write(registry.editions(), out);
  }

  /**
   * Writes the mappings of one edition; the writer is flushed, not closed.
   *
   * @param edition the edition, not null
   * @param out the writer, not null
   * @throws IOException if the writer cannot be written
   * @throws org.untoc.core.UntocException if the registry has no such edition
   */
  public void write(EditionId edition, Writer out) throws IOException {
    write(List.of(registry.view(edition).edition()), out);
  }

  /**
   * Returns the mappings of every edition, or of one, as SSSOM TSV.
   *
   * @param edition the edition, or empty for every edition, not null
   * @return the text, not null
   */
  public String toString(Optional<EditionId> edition) {
    StringWriter out = new StringWriter();
    try {
      if (edition.isPresent()) {
        write(edition.get(), out);
      } else {
        write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(List<Edition> editions, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    String id = editions.size() == 1 ? "programme-unit/" + editions.get(0).id() : "programme-unit";
    out.write(metadata(base, id, "Programmes and the units that run them"
        + (editions.size() == 1 ? ", " + editions.get(0).title() : ""), Map.of()));
    out.write(String.join("\t", COLUMNS) + "\n");
    List<Programme> programmes = new ArrayList<>(registry.entities(Programme.class));
    programmes.sort((a, b) -> a.id().compareTo(b.id()));
    for (Edition edition : editions) {
      EditionId e = edition.id();
      for (Programme p : programmes) {
        List<Relation> runs = registry.view(e).contains(p.id()) ? registry.view(e).relationsTo(p.id(), RelationKind.RUNS)
            : List.of();
        if (runs.isEmpty()) {
          continue;
        }
        Relation r = runs.get(0);
        Entity unit = registry.get(r.from());
        Provenance pv = r.provenance();
        Optional<Source> source = registry.findSource(pv.source());
        List<String> row = List.of("untocid:" + p.id(), cell(p.nameIn(e)), PREDICATE, "untocid:" + unit.id(),
            cell(unit.nameIn(e)), justificationOf(pv.basis()), e.toString(), e.toString(),
            source.map(s -> "untocsrc:" + s.id()).orElse(""), cell(comment(pv, source)));
        out.write(String.join("\t", row) + "\n");
      }
    }
    out.flush();
  }

  /** Returns the basis, the source's title and the quote or rationale, in a line. */
  private static String comment(Provenance p, Optional<Source> source) {
    String title = source.map(Source::title).orElse(p.source());
    return switch (p.basis()) {
      case STATED -> "STATED by " + title + ": \"" + p.quote().orElseThrow() + "\"";
      case PUBLIC_RECORD -> "PUBLIC_RECORD: " + title;
      case INFERRED -> "INFERRED from " + title + ": " + p.rationale().orElseThrow();
    };
  }

  /** Returns a cell's text on one line: tabs and line ends become spaces. */
  static String cell(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * Returns the metadata block of a mapping set: its id under the base, title, licence, the
   * CURIE map and any extension slots, each a slot name and the CURIE of the property it stands
   * for.
   *
   * @param base the base of the IRIs, not null
   * @param setId the id of the set under {@code <base>mapping/}, not null
   * @param title the title, not null
   * @param extensions the extension slots by name, with their properties, not null
   * @return the lines, each starting with {@code #}, not null
   */
  public static String metadata(String base, String setId, String title, Map<String, String> extensions) {
    return metadata(base, setId, title, Map.of(), extensions);
  }

  /**
   * Returns the metadata block of a mapping set, as {@link #metadata(String, String, String, Map)}
   * does, its CURIE map declaring more prefixes after its own (such as {@code sssom}).
   *
   * @param base the base of the IRIs, not null
   * @param setId the id of the set under {@code <base>mapping/}, not null
   * @param title the title, not null
   * @param prefixes more prefixes, with the IRIs they expand to, in the order to write them, not null
   * @param extensions the extension slots by name, with their properties, in the order to write them, not null
   * @return the lines, each starting with {@code #}, not null
   */
  public static String metadata(String base, String setId, String title, Map<String, String> prefixes,
      Map<String, String> extensions) {
    StringBuilder sb = new StringBuilder();
    sb.append("#curie_map:\n");
    sb.append("#  untoc: \"").append(RdfExport.VOCAB).append("\"\n");
    sb.append("#  untocid: \"").append(base).append("id/\"\n");
    sb.append("#  untocsrc: \"").append(base).append("source/\"\n");
    sb.append("#  semapv: \"").append(SEMAPV).append("\"\n");
    for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
      sb.append("#  ").append(prefix.getKey()).append(": \"").append(prefix.getValue()).append("\"\n");
    }
    sb.append("#mapping_set_id: \"").append(base).append("mapping/").append(setId).append("\"\n");
    sb.append("#mapping_set_title: \"").append(cell(title).replace("\\", "\\\\").replace("\"", "\\\""))
        .append("\"\n");
    sb.append("#license: \"").append(LICENSE).append("\"\n");
    if (!extensions.isEmpty()) {
      sb.append("#extension_definitions:\n");
      for (Map.Entry<String, String> slot : extensions.entrySet()) {
        sb.append("#  - slot_name: ").append(slot.getKey()).append('\n');
        sb.append("#    property: \"").append(slot.getValue()).append("\"\n");
      }
    }
    return sb.toString();
  }
}
