package org.untoc.json.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.nquads.NQuadsWriter;
import org.eclipse.rdf4j.rio.turtle.TurtleWriter;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EditionId;
import org.untoc.core.Registry;
import org.untoc.core.UntocException;

/**
 * Exports a registry as linked data, in the terms of the W3C Organization Ontology ({@code
 * org:}), SKOS and SKOS-XL, Dublin Core and PROV, as Turtle, N-Quads or JSON-LD; every statement
 * keeps its basis and source.
 *
 * <pre>{@code
 * RdfExport.of(Untoc.reference()).withBase("https://data.example.org/untoc/")
 *     .write(RdfExport.Format.TURTLE, out);
 * }</pre>
 *
 * <p><b>The pattern: qualified nodes.</b> Each fact is a node of its own that carries the
 * editions in which it holds ({@code untoc:inEdition}) and one {@code prov:qualifiedDerivation}
 * for each of its provenances: a {@code prov:Derivation} with {@code untoc:basis} ({@code
 * untoc:stated}, {@code untoc:publicRecord} or {@code untoc:inferred}), {@code prov:entity} (the
 * source's resource, where the registry has the source) or else {@code untoc:source} (the
 * citation the provenance gives), and {@code untoc:quote} or {@code untoc:rationale}. No file
 * name of a document appears. A relation is an
 * {@code untoc:Relation} (and {@code rdf:Statement}) that names its triple with {@code
 * rdf:subject}, {@code rdf:predicate} and {@code rdf:object}, in the style of ORG's {@code
 * org:Membership}; a name is a {@code skosxl:Label}; a description an {@code
 * untoc:Description}; an identifier an {@code untoc:Identifier}; a date an {@code
 * untoc:DatedFact}; an entity carries its own derivations. Beside the nodes, the plain triples
 * that most queries want describe one edition, the <em>current</em> one (the latest, or the one
 * {@link #withEdition} names): {@code cmls untoc:runs gpml}, {@code skos:prefLabel} (the official
 * name there), {@code skos:altLabel} (every other name), {@code dcterms:description}.
 *
 * <p><b>Editions, sources and changes are resources.</b> Each edition is an {@code
 * untoc:Edition} with its title, position, date, source document and {@code untoc:latest}; each
 * registered source an {@code untoc:Source} with its title and kind. The whole registry's export
 * (no {@link #withEdition}) holds every edition, and each change between two consecutive
 * editions ({@link org.untoc.core.change.EditionDiff}) as an {@code org:ChangeEvent} with {@code
 * org:originalOrganization} and {@code org:resultingOrganization} where units or bodies change,
 * its {@code untoc:evidence} ({@code untoc:facts} or {@code untoc:silence}), the facts it rests
 * on as {@code prov:qualifiedUsage}, and, for a change derived from silence, a usage of the
 * silent edition in the role {@code untoc:silentEdition}. An export of one edition holds what
 * holds in it, and no changes.
 *
 * <p><b>IRIs.</b> Everything untoc names lies under one base, {@link #DEFAULT_BASE} unless {@link
 * #withBase} gives another: {@code <base>id/<id>} for entities, {@code <base>edition/<id>}, {@code
 * <base>source/<id>}, {@code <base>relation/<from>_<kind>_<to>}, {@code <base>label/<id>_<n>},
 * {@code <base>description/<id>_<n>}, {@code <base>identifier/<id>_<n>}, {@code
 * <base>date/<id>_<event>} and {@code <base>change/<from>_<to>_<n>}. The default is a URN, a
 * name that nobody can mistake for a web address: the project controls no domain, and presents
 * none as dereferenceable. Publishers give a base under a domain they control. An entity's
 * former ids are {@code owl:sameAs} it. The vocabulary's own terms lie under {@link #VOCAB}.
 *
 * <p>Output is deterministic: the same registry and options give the same bytes. This class is
 * immutable and thread-safe.
 */
public final class RdfExport {
  /** The formats of the export. */
  public enum Format {
    /** Turtle, with prefixes and nested provenance. */
    TURTLE,
    /** N-Quads: one statement a line, in the default graph. */
    N_QUADS,
    /** JSON-LD 1.1, compacted with the shipped context ({@link #CONTEXT_RESOURCE}). */
    JSON_LD
  }

  /** The base of IRIs unless one is given: a URN, which names without claiming a domain. */
  public static final String DEFAULT_BASE = "urn:untoc:";
  /** The namespace of untoc's own classes and properties. */
  public static final String VOCAB = "urn:untoc:vocab:";
  /** The namespace of the W3C Organization Ontology. */
  public static final String ORG = "http://www.w3.org/ns/org#";
  /** The namespace of SKOS. */
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  /** The namespace of SKOS-XL. */
  public static final String SKOSXL = "http://www.w3.org/2008/05/skos-xl#";
  /** The namespace of the Dublin Core terms. */
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  /** The namespace of PROV-O. */
  public static final String PROV = "http://www.w3.org/ns/prov#";
  /** The namespace of OWL. */
  public static final String OWL = "http://www.w3.org/2002/07/owl#";
  /** The class path resource of the JSON-LD context of the vocabularies. */
  public static final String CONTEXT_RESOURCE = "/org/untoc/json/untoc-context.jsonld";
  /** The class path resource of the SHACL shapes of the export, in Turtle. */
  public static final String SHAPES_RESOURCE = "/org/untoc/json/untoc-shapes.ttl";

  private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();

  private final Registry registry;
  private final String base;
  private final @Nullable EditionId edition;

  private RdfExport(Registry registry, String base, @Nullable EditionId edition) {
    this.registry = registry;
    this.base = base;
    this.edition = edition;
  }

  /**
   * Obtains the export of a whole registry, every edition, under the default base.
   *
   * @param registry the registry, not null
   * @return the export, not null
   */
  public static RdfExport of(Registry registry) {
    return new RdfExport(Objects.requireNonNull(registry, "registry"), DEFAULT_BASE, null);
  }

  /**
   * Returns a copy of this export whose IRIs lie under another base.
   *
   * @param base an absolute IRI that ends with {@code /}, {@code #} or {@code :}, such as {@code
   *     https://data.example.org/untoc/}, not null
   * @return the export, not null
   * @throws IllegalArgumentException if the base is not such an IRI; the message says why
   */
  public RdfExport withBase(String base) {
    return new RdfExport(registry, checkBase(base), edition);
  }

  /**
   * Returns a copy of this export that holds one edition: what holds there, and no changes.
   *
   * @param edition the edition, not null
   * @return the export, not null
   * @throws UntocException if the registry has no such edition
   */
  public RdfExport withEdition(EditionId edition) {
    return new RdfExport(registry, base, registry.view(Objects.requireNonNull(edition, "edition")).editionId());
  }

  /** Returns the base of the IRIs. */
  public String base() {
    return base;
  }

  /** Returns the edition the export holds, or empty for the whole registry. */
  public Optional<EditionId> edition() {
    return Optional.ofNullable(edition);
  }

  /**
   * Writes the export in UTF-8; the stream is flushed, not closed.
   *
   * @param format the format, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   */
  public void write(Format format, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    Model model = new RdfGraph(registry, base, edition).build();
    switch (Objects.requireNonNull(format, "format")) {
      case TURTLE -> {
        RDFWriter w = new TurtleWriter(out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true)
            .set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        rio(model, w);
      }
      case N_QUADS -> rio(model, new NQuadsWriter(out));
      case JSON_LD -> writeJsonLd(model, out);
    }
    out.flush();
  }

  /**
   * Returns the export as text.
   *
   * @param format the format, not null
   * @return the text, not null
   */
  public String toString(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Returns the IRI of an entity under this export's base. */
  public String iri(org.untoc.core.EntityId id) {
    return base + "id/" + id;
  }

  /** Returns the IRI of an edition under this export's base. */
  public String iri(EditionId id) {
    return base + "edition/" + id;
  }

  /** Returns the JSON-LD context of the vocabularies, the text of {@link #CONTEXT_RESOURCE}. */
  public static String context() {
    return resource(CONTEXT_RESOURCE);
  }

  /** Returns the SHACL shapes of the export in Turtle, the text of {@link #SHAPES_RESOURCE}. */
  public static String shapes() {
    return resource(SHAPES_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = RdfExport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from untoc-json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rio(Model model, RDFWriter w) {
    Rio.write(model, w);
  }

  /**
   * Turns the statements into expanded JSON-LD with Titanium's RDF-to-JSON-LD algorithm, compacts
   * it with the shipped context and the prefixes of the base, and writes it as the registry
   * document is laid out.
   */
  private void writeJsonLd(Model model, OutputStream out) throws IOException {
    QuadsToJsonld toJsonLd = new QuadsToJsonld().ordered(true);
    try {
      for (Statement s : model) {
        String datatype = null;
        String language = null;
        if (s.getObject() instanceof Literal l) {
          language = l.getLanguage().orElse(null);
          datatype = language != null ? RDF_LANG_STRING : l.getDatatype().stringValue();
        }
        toJsonLd.quad(term(s.getSubject()), s.getPredicate().stringValue(), term(s.getObject()), datatype, language,
            null, null);
      }
      JsonArray expanded = toJsonLd.toJsonLd();
      JsonObject context = Json.createObjectBuilder()
          .add("@context", Json.createArrayBuilder().add(contextObject()).add(basePrefixes())).build();
      JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).ordered().get();
      // The context first, then the graph, as readers expect to find them.
      JsonNode read = JSON.readTree(compacted.toString());
      ObjectNode tree = JSON.createObjectNode();
      tree.set("@context", read.get("@context"));
      read.fields().forEachRemaining(f -> tree.putIfAbsent(f.getKey(), f.getValue()));
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.setPrettyPrinter(printer);
        JSON.writeTree(g, tree);
        g.writeRaw('\n');
      }
    } catch (JsonLdError | RdfConsumerException e) {
      throw new IllegalStateException("the JSON-LD processor rejected the export: " + e.getMessage(), e);
    }
  }

  private static String term(org.eclipse.rdf4j.model.Value v) {
    return v instanceof BNode b ? "_:" + b.getID() : v.stringValue();
  }

  /** Returns the {@code @context} of the shipped context document. */
  private static JsonObject contextObject() {
    return Json.createReader(new StringReader(context())).readObject().getJsonObject("@context");
  }

  /** Returns the prefixes of the IRIs under the base, which the shipped context cannot know. */
  private JsonObject basePrefixes() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (var p : RdfGraph.basePrefixes(base).entrySet()) {
      b.add(p.getKey(), p.getValue());
    }
    return b.build();
  }

  /**
   * Checks a base: an absolute IRI with a scheme, without spaces, quotes or angle brackets, that
   * ends with {@code /}, {@code #} or {@code :} so that ids can follow it.
   */
  static String checkBase(String base) {
    Objects.requireNonNull(base, "base");
    String why = null;
    if (base.isEmpty()) {
      why = "it is empty";
    } else if (base.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
      why = "it holds a space or one of <>\"{}|\\^`";
    } else if (!base.endsWith("/") && !base.endsWith("#") && !base.endsWith(":")) {
      why = "it must end with '/', '#' or ':' so that ids can follow it";
    } else {
      try {
        if (!new URI(base).isAbsolute()) {
          why = "it is not absolute: it needs a scheme, such as https: or urn:";
        }
      } catch (URISyntaxException e) {
        why = e.getReason();
      }
    }
    if (why != null) {
      throw new IllegalArgumentException("the base '" + base + "' is not fit for IRIs: " + why);
    }
    return base;
  }
}
