package org.untoc.json.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.untoc.core.Body;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Identifier;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;

/**
 * Exports one edition of a registry as JSON-LD, in the terms of the W3C Organization Ontology
 * ({@code org:}), SKOS, Dublin Core and PROV, for linked-data tools.
 *
 * <pre>{@code
 * JsonLdExport.write(Untoc.reference(), Untoc.OCB_OVERVIEW, out);
 * }</pre>
 *
 * <p>The document has an inline {@code @context} and a {@code @graph} with a node for the
 * edition and one for each entity that exists in it, identified as {@value #ID_BASE}{@code
 * <id>} (entities) and {@value #ID_BASE}{@code edition/<id>} (the edition). An entity node has:
 *
 * <ul>
 *   <li>{@code @type}: {@code org:FormalOrganization} for an office, {@code
 *       org:OrganizationalUnit} for other units, {@code org:Organization} for bodies, and always
 *       {@code untoc:<Kind>} ({@code untoc:Programme});
 *   <li>{@code skos:prefLabel}: the official name in the edition; {@code skos:altLabel}: its
 *       other names there (acronyms, aliases, other official names);
 *   <li>{@code dct:identifier}: its identifiers as {@code scheme:value}; {@code dct:source}: the
 *       sources of its provenance; {@code prov:wasDerivedFrom}: the edition;
 *   <li>one key per relation that holds in the edition: {@code org:subOrganizationOf} for part-of,
 *       with {@code org:unitOf} from each organisational unit to the formal organisation at the
 *       top of its part-of chain, and {@code untoc:<relationKind>} ({@code untoc:runs}) for the
 *       others.
 * </ul>
 *
 * <p>Output is deterministic: entities sorted by id, values in a fixed order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLdExport {
  /** The IRI under which entities and editions are named. */
  public static final String ID_BASE = "https://untoc.org/id/";
  /** The IRI of the untoc vocabulary, for the kinds and relations ORG does not have. */
  public static final String VOCAB = "https://untoc.org/vocab#";
  /** The namespace of the W3C Organization Ontology. */
  public static final String ORG = "http://www.w3.org/ns/org#";
  /** The namespace of SKOS. */
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  /** The namespace of the Dublin Core terms. */
  public static final String DCT = "http://purl.org/dc/terms/";
  /** The namespace of PROV-O. */
  public static final String PROV = "http://www.w3.org/ns/prov#";

  /** Writes JSON as the registry document does: UTF-8 as it is, no escaped slashes. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();

  private JsonLdExport() {}

  /**
   * Writes one edition of a registry as JSON-LD in UTF-8; the stream is flushed, not closed.
   *
   * @param registry the registry, not null
   * @param edition the edition, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   * @throws org.untoc.core.UntocException if the registry has no such edition
   */
  public static void write(Registry registry, EditionId edition, OutputStream out) throws IOException {
    Edition ed = registry.edition(edition.toString());
    try (JsonGenerator g = FACTORY.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8)) {
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      writeContext(g);
      g.writeArrayFieldStart("@graph");
      writeEdition(g, ed);
      List<Entity> entities = new ArrayList<>(registry.entities());
      entities.sort(Comparator.comparing(Entity::id));
      for (Entity e : entities) {
        if (registry.view(edition).contains(e.id())) {
          writeEntity(g, registry, e, edition);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * Returns one edition of a registry as JSON-LD.
   *
   * @param registry the registry, not null
   * @param edition the edition, not null
   * @return the document, not null
   * @throws org.untoc.core.UntocException if the registry has no such edition
   */
  public static String toString(Registry registry, EditionId edition) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(registry, edition, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the layout of the registry document: two-space indentation, {@code \n} line ends,
   * {@code "key": value}. (The export writes no empty array or object.)
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(
        Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static void writeContext(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("@context");
    g.writeStringField("org", ORG);
    g.writeStringField("skos", SKOS);
    g.writeStringField("dct", DCT);
    g.writeStringField("prov", PROV);
    g.writeStringField("untoc", VOCAB);
    g.writeStringField("id", ID_BASE);
    g.writeEndObject();
  }

  private static void writeEdition(JsonGenerator g, Edition e) throws IOException {
    g.writeStartObject();
    g.writeStringField("@id", "id:edition/" + e.id());
    g.writeArrayFieldStart("@type");
    g.writeString("prov:Entity");
    g.writeString("untoc:Edition");
    g.writeEndArray();
    g.writeStringField("dct:title", e.title());
    g.writeStringField("dct:source", e.source());
    if (e.date().isPresent()) {
      g.writeStringField("dct:date", e.date().get().toString());
    }
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Registry r, Entity e, EditionId edition) throws IOException {
    g.writeStartObject();
    g.writeStringField("@id", "id:" + e.id());
    g.writeArrayFieldStart("@type");
    if (e instanceof Unit u) {
      g.writeString(u.unitType() == UnitType.OFFICE ? "org:FormalOrganization" : "org:OrganizationalUnit");
    } else if (e instanceof Body) {
      g.writeString("org:Organization");
    }
    g.writeString("untoc:" + pascal(e.kind().label()));
    g.writeEndArray();
    String pref = e.nameIn(edition);
    g.writeStringField("skos:prefLabel", pref);
    Set<String> alt = new LinkedHashSet<>();
    for (Name n : e.names()) {
      if (n.holdsIn(edition) && !(n.type() == NameType.OFFICIAL && n.text().equals(pref))) {
        alt.add(n.text());
      }
    }
    writeStrings(g, "skos:altLabel", alt);
    Set<String> ids = new LinkedHashSet<>();
    for (Identifier i : e.identifiers()) {
      ids.add(i.scheme() + ":" + i.value());
    }
    writeStrings(g, "dct:identifier", ids);
    Set<String> sources = new LinkedHashSet<>();
    for (Provenance p : e.provenance()) {
      sources.add(p.source());
    }
    writeStrings(g, "dct:source", sources);
    writeLinks(g, "prov:wasDerivedFrom", List.of("edition/" + edition));
    List<Relation> out = new ArrayList<>();
    for (Relation rel : r.relationsFrom(e.id())) {
      if (r.view(edition).holds(rel)) {
        out.add(rel);
      }
    }
    out.sort(Comparator.comparing((Relation x) -> x.kind().label()).thenComparing(Relation::to));
    for (RelationKind kind : RelationKind.values()) {
      List<String> targets = out.stream().filter(x -> x.kind() == kind).map(x -> x.to().toString()).toList();
      String key = kind == RelationKind.PART_OF ? "org:subOrganizationOf" : "untoc:" + camel(kind.label());
      writeLinks(g, key, targets);
    }
    if (e instanceof Unit u && u.unitType() != UnitType.OFFICE) {
      Optional<EntityId> top = formalOrganization(r, e.id(), edition);
      if (top.isPresent()) {
        writeLinks(g, "org:unitOf", List.of(top.get().toString()));
      }
    }
    g.writeEndObject();
  }

  /** Returns the office at the top of an entity's part-of chain in an edition, if there is one. */
  private static Optional<EntityId> formalOrganization(Registry r, EntityId from, EditionId edition) {
    EntityId node = from;
    Set<EntityId> seen = new LinkedHashSet<>();
    while (seen.add(node)) {
      List<Relation> up = r.view(edition).relationsFrom(node, RelationKind.PART_OF);
      if (up.isEmpty()) {
        break;
      }
      node = up.get(0).to();
    }
    return !node.equals(from) && r.get(node) instanceof Unit u && u.unitType() == UnitType.OFFICE
        ? Optional.of(node) : Optional.empty();
  }

  private static void writeStrings(JsonGenerator g, String key, Collection<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String s : values) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
  }

  private static void writeLinks(JsonGenerator g, String key, List<String> ids) throws IOException {
    if (!ids.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String id : ids) {
        g.writeStartObject();
        g.writeStringField("@id", "id:" + id);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static void writeStrings(JsonGenerator g, String key, Set<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String s : values) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
  }

  /** {@code counterpart-type} as {@code CounterpartType}. */
  static String pascal(String label) {
    String c = camel(label);
    return c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1);
  }

  /** {@code focal-point-for} as {@code focalPointFor}. */
  static String camel(String label) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : label.toCharArray()) {
      if (c == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
