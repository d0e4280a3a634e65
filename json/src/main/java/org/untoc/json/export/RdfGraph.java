package org.untoc.json.export;

import static org.untoc.json.export.RdfExport.DCTERMS;
import static org.untoc.json.export.RdfExport.ORG;
import static org.untoc.json.export.RdfExport.OWL;
import static org.untoc.json.export.RdfExport.PROV;
import static org.untoc.json.export.RdfExport.SKOS;
import static org.untoc.json.export.RdfExport.SKOSXL;
import static org.untoc.json.export.RdfExport.VOCAB;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Basis;
import org.untoc.core.Body;
import org.untoc.core.CounterpartType;
import org.untoc.core.DatedFact;
import org.untoc.core.Description;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.Labelled;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.PartialDate;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Service;
import org.untoc.core.Source;
import org.untoc.core.SourceKind;
import org.untoc.core.Topic;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.change.Change;
import org.untoc.core.change.EditionDiff;

/**
 * Builds the statements of an {@link RdfExport}: one graph, in a fixed order, so that the
 * writers give the same bytes for the same registry. See {@link RdfExport} for what it holds.
 */
final class RdfGraph {
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  /** The language of every text of the reference data's sources; names carry their own. */
  private static final String ENGLISH = "en";

  private final ValueFactory vf = SimpleValueFactory.getInstance();
  private final Model model = new LinkedHashModel();
  private final Registry registry;
  private final String base;
  /** The edition the export holds, or null for every edition. */
  private final @Nullable EditionId only;
  /** The edition the plain triples describe: the one the export holds, or the latest. */
  private final @Nullable EditionView current;
  private final Map<Relation, IRI> relationIris = new HashMap<>();
  private int blank;

  RdfGraph(Registry registry, String base, @Nullable EditionId only) {
    this.registry = registry;
    this.base = base;
    this.only = only;
    this.current = only != null ? registry.view(only) : registry.editions().isEmpty() ? null : registry.latestView();
  }

  /** Returns the prefixes of the IRIs under a base, by the names the writers give them. */
  static Map<String, String> basePrefixes(String base) {
    Map<String, String> p = new LinkedHashMap<>();
    for (String kind : List.of("id", "edition", "source", "relation", "label", "description", "identifier", "date",
        "change")) {
      p.put(kind, base + kind + "/");
    }
    return p;
  }

  Model build() {
    model.setNamespace("untoc", VOCAB);
    model.setNamespace("org", ORG);
    model.setNamespace("skos", SKOS);
    model.setNamespace("skosxl", SKOSXL);
    model.setNamespace("dcterms", DCTERMS);
    model.setNamespace("prov", PROV);
    model.setNamespace("owl", OWL);
    model.setNamespace("rdf", RDF);
    model.setNamespace("xsd", XSD);
    basePrefixes(base).forEach(model::setNamespace);
    List<Edition> editions = registry.editions();
    for (int i = 0; i < editions.size(); i++) {
      if (only == null || editions.get(i).id().equals(only)) {
        edition(editions.get(i), i);
      }
    }
    for (Source s : registry.sources()) {
      source(s);
    }
    for (Entity e : registry.entities()) {
      if (inScope(e)) {
        entity(e);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Relation r : registry.relations()) {
      if (inScope(r)) {
        String key = r.from() + "_" + r.kind().label() + "_" + r.to();
        int n = seen.merge(key, 1, Integer::sum);
        String path = "relation/" + key + (n == 1 ? "" : "_" + n);
        IRI node = iri(path);
        relationIris.putIfAbsent(r, node);
        relation(r, node, path);
      }
    }
    if (only == null) {
      for (int i = 1; i < editions.size(); i++) {
        changes(registry.diff(editions.get(i - 1).id(), editions.get(i).id()));
      }
    }
    return model;
  }

  // ---------------------------------------------------------------- scope

  private boolean inScope(Entity e) {
    return only == null ? !registry.editionsOf(e).isEmpty() : registry.view(only).contains(e.id());
  }

  private boolean inScope(Relation r) {
    return only == null ? !holdsIn(r).isEmpty() : registry.view(only).holds(r);
  }

  /** Returns the editions in which a relation and both its entities hold. */
  private List<EditionId> holdsIn(Relation r) {
    List<EditionId> out = new ArrayList<>();
    for (Edition e : registry.editions()) {
      if (registry.view(e.id()).holds(r)) {
        out.add(e.id());
      }
    }
    return out;
  }

  /** Writes the editions, of those in scope, in which something holds. */
  private void inEditions(Resource node, List<EditionId> editions) {
    for (EditionId e : editions) {
      if (only == null || e.equals(only)) {
        add(node, vocab("inEdition"), editionIri(e));
      }
    }
  }

  // ---------------------------------------------------------------- editions and sources

  private void edition(Edition e, int position) {
    IRI node = editionIri(e.id());
    add(node, rdf("type"), vocab("Edition"));
    add(node, rdf("type"), iri(PROV, "Entity"));
    add(node, iri(DCTERMS, "identifier"), vf.createLiteral(e.id().toString()));
    add(node, iri(DCTERMS, "title"), text(e.title()));
    e.description().ifPresent(d -> add(node, iri(DCTERMS, "description"), text(d)));
    add(node, vocab("position"), vf.createLiteral(String.valueOf(position + 1), iri(XSD, "integer")));
    if (position > 0 && only == null) {
      add(node, vocab("follows"), editionIri(registry.editions().get(position - 1).id()));
    }
    if (e.id().equals(registry.latest().id())) {
      add(node, vocab("latest"), vf.createLiteral(true));
    }
    Optional<Source> source = registry.findSource(e.source());
    if (source.isPresent()) {
      add(node, iri(DCTERMS, "source"), sourceIri(source.get()));
    } else {
      add(node, vocab("source"), vf.createLiteral(e.source()));
    }
    period(e, node);
  }

  /**
   * Writes the date of an edition's document ({@code dcterms:date}) and the period the edition
   * describes, each end an {@code untoc:DatedFact} with its provenance ({@code untoc:periodFrom},
   * {@code untoc:periodTo}).
   */
  private void period(Edition e, IRI node) {
    e.date().ifPresent(d -> add(node, iri(DCTERMS, "date"), date(d)));
    date(node, "date/edition/" + e.id(), "periodFrom", e.period().from());
    date(node, "date/edition/" + e.id(), "periodTo", e.period().to());
  }

  private void source(Source s) {
    IRI node = sourceIri(s);
    add(node, rdf("type"), vocab("Source"));
    add(node, rdf("type"), iri(PROV, "Entity"));
    add(node, iri(DCTERMS, "identifier"), vf.createLiteral(s.id()));
    add(node, iri(DCTERMS, "title"), text(s.title()));
    add(node, vocab("sourceKind"), vocab(camel(s.kind())));
    // A document's reference is the name of its file, which nothing a user reads shows; a record's is its citation.
    if (s.kind() == SourceKind.PUBLIC_RECORD) {
      add(node, iri(DCTERMS, "bibliographicCitation"), vf.createLiteral(s.reference()));
    }
  }

  // ---------------------------------------------------------------- entities

  private void entity(Entity e) {
    IRI node = entityIri(e.id());
    if (e instanceof Unit u) {
      add(node, rdf("type"), iri(ORG, u.unitType() == UnitType.OFFICE ? "FormalOrganization" : "OrganizationalUnit"));
      add(node, vocab("unitType"), vf.createLiteral(u.unitType().label()));
    } else if (e instanceof Body b) {
      add(node, rdf("type"), iri(ORG, "Organization"));
      add(node, vocab("bodyType"), vf.createLiteral(b.bodyType().label()));
    } else if (e instanceof Topic || e instanceof CounterpartType) {
      add(node, rdf("type"), iri(SKOS, "Concept"));
    } else if (e instanceof Instrument i) {
      add(node, vocab("instrumentType"), vf.createLiteral(i.instrumentType().label()));
    } else if (e instanceof Programme p) {
      add(node, vocab("programmeType"), vf.createLiteral(p.programmeType().label()));
    } else if (e instanceof Service s) {
      add(node, vocab("serviceType"), vf.createLiteral(s.serviceType().label()));
    }
    add(node, rdf("type"), vocab(pascal(e.kind())));
    add(node, iri(DCTERMS, "identifier"), vf.createLiteral(e.id().toString()));
    for (EntityId former : e.formerIds()) {
      add(node, iri(OWL, "sameAs"), entityIri(former));
    }
    inEditions(node, registry.editionsOf(e));
    for (Provenance p : e.provenance()) {
      provenance(node, "qualifiedDerivation", "Derivation", p);
    }
    labels(e, node);
    List<Description> descriptions = e.descriptions();
    for (int i = 0; i < descriptions.size(); i++) {
      Description d = descriptions.get(i);
      List<EditionId> holds = holdsIn(e, d.editions());
      if (holds.isEmpty() || only != null && !holds.contains(only)) {
        continue;
      }
      IRI dn = iri("description/" + e.id() + "_" + (i + 1));
      add(node, vocab("description"), dn);
      add(dn, rdf("type"), vocab("Description"));
      add(dn, rdf("value"), text(d.text()));
      inEditions(dn, holds);
      provenance(dn, "qualifiedDerivation", "Derivation", d.provenance());
      if (current != null && holds.contains(current.editionId())) {
        add(node, iri(DCTERMS, "description"), text(d.text()));
      }
    }
    List<Identifier> identifiers = e.identifiers();
    for (int i = 0; i < identifiers.size(); i++) {
      Identifier id = identifiers.get(i);
      IRI in = iri("identifier/" + e.id() + "_" + (i + 1));
      add(node, vocab("identifier"), in);
      add(in, rdf("type"), vocab("Identifier"));
      add(in, vocab("scheme"), vf.createLiteral(id.scheme()));
      add(in, iri(SKOS, "notation"), vf.createLiteral(id.value()));
      id.note().ifPresent(n -> add(in, iri(SKOS, "note"), text(n)));
      provenance(in, "qualifiedDerivation", "Derivation", id.provenance());
    }
    dates(e, node);
  }

  /** Returns the editions, of those in which an entity exists, that a set names (every one for none). */
  private List<EditionId> holdsIn(Entity e, Set<EditionId> editions) {
    List<EditionId> out = new ArrayList<>();
    for (EditionId id : registry.editionsOf(e)) {
      if (editions.isEmpty() || editions.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Writes the names: a {@code skosxl:Label} for each, with its language, editions and
   * provenance, and the plain SKOS labels: {@code skos:prefLabel} in each language the first
   * official name in that language in the current edition (or the last edition the entity is in),
   * {@code skos:altLabel} each other name in scope, in its language.
   */
  private void labels(Entity e, IRI node) {
    List<EditionId> in = registry.editionsOf(e);
    EditionId at = current != null && in.contains(current.editionId()) ? current.editionId()
        : in.get(in.size() - 1);
    if (only != null) {
      at = only;
    }
    List<Name> names = e.names();
    Map<String, String> prefs = new LinkedHashMap<>();
    for (Name n : names) {
      if (n.type() == NameType.OFFICIAL && holdsIn(e, n.editions()).contains(at)) {
        prefs.putIfAbsent(n.language(), n.text());
      }
    }
    if (prefs.isEmpty()) {
      prefs.put(ENGLISH, e.nameIn(at));
    }
    Set<String> prefDone = new HashSet<>();
    Set<Literal> alt = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      List<EditionId> holds = holdsIn(e, n.editions());
      if (holds.isEmpty() || only != null && !holds.contains(only)) {
        continue;
      }
      IRI label = iri("label/" + e.id() + "_" + (i + 1));
      boolean isPrefText = n.text().equals(prefs.get(n.language()));
      boolean isPref = n.type() == NameType.OFFICIAL && isPrefText && holds.contains(at) && prefDone.add(n.language());
      add(node, iri(SKOSXL, isPref ? "prefLabel" : "altLabel"), label);
      add(label, rdf("type"), iri(SKOSXL, "Label"));
      add(label, iri(SKOSXL, "literalForm"), name(n));
      add(label, vocab("nameType"), vocab(camel(n.type())));
      inEditions(label, holds);
      provenance(label, "qualifiedDerivation", "Derivation", n.provenance());
      if (!isPrefText) {
        alt.add(name(n));
      }
    }
    prefs.forEach((language, text) -> add(node, iri(SKOS, "prefLabel"), vf.createLiteral(text, language)));
    for (Literal a : alt) {
      add(node, iri(SKOS, "altLabel"), a);
    }
  }

  /**
   * Writes an entity's dates, each an {@code untoc:DatedFact} with its provenance and, beside it,
   * the plain date: an instrument's adoption, opening for signature and entry into force, a
   * programme's start, any other entity's establishment, and the end of any.
   */
  private void dates(Entity e, IRI node) {
    String path = "date/" + e.id();
    if (e instanceof Instrument i) {
      date(node, path, "adopted", i.adopted());
      date(node, path, "openedForSignature", i.openedForSignature());
      date(node, path, "entryIntoForce", i.entryIntoForce());
    } else if (e instanceof Programme p) {
      date(node, path, "started", p.started());
    } else {
      date(node, path, "established", e.established());
    }
    date(node, path, "ended", e.ended());
  }

  /** Writes one dated fact of a subject, as the node {@code <path>_<event>}, if there is one. */
  private void date(IRI subject, String path, String event, Optional<DatedFact> fact) {
    if (fact.isEmpty()) {
      return;
    }
    DatedFact f = fact.get();
    IRI dn = iri(path + "_" + event);
    add(subject, vocab(event), date(f.date()));
    add(subject, vocab("date"), dn);
    add(dn, rdf("type"), vocab("DatedFact"));
    add(dn, vocab("event"), vocab(event));
    add(dn, iri(DCTERMS, "date"), date(f.date()));
    f.note().ifPresent(n -> add(dn, iri(SKOS, "note"), text(n)));
    provenance(dn, "qualifiedDerivation", "Derivation", f.provenance());
  }

  // ---------------------------------------------------------------- relations

  /** Writes a relation as the node at a path under the base, its dates under {@code date/<path>}. */
  private void relation(Relation r, IRI node, String path) {
    IRI predicate = predicate(r.kind());
    add(node, rdf("type"), vocab("Relation"));
    add(node, rdf("type"), rdf("Statement"));
    add(node, rdf("subject"), entityIri(r.from()));
    add(node, rdf("predicate"), predicate);
    add(node, rdf("object"), entityIri(r.to()));
    r.qualifier().ifPresent(q -> add(node, vocab("qualifier"), text(q)));
    date(node, "date/" + path, "since", r.since());
    date(node, "date/" + path, "until", r.until());
    inEditions(node, holdsIn(r));
    provenance(node, "qualifiedDerivation", "Derivation", r.provenance());
    if (current != null && current.holds(r)) {
      add(entityIri(r.from()), predicate, entityIri(r.to()));
    }
  }

  /**
   * Returns the predicate of a relation kind: {@code org:subOrganizationOf} for part-of, {@code
   * skos:broader} for broader, {@code untoc:<kind>} ({@code untoc:runs}) for the others.
   */
  static String predicateOf(RelationKind kind) {
    return switch (kind) {
      case PART_OF -> ORG + "subOrganizationOf";
      case BROADER -> SKOS + "broader";
      default -> VOCAB + camel(kind);
    };
  }

  private IRI predicate(RelationKind kind) {
    return vf.createIRI(predicateOf(kind));
  }

  // ---------------------------------------------------------------- changes

  private void changes(EditionDiff diff) {
    List<Change> changes = diff.changes();
    for (int i = 0; i < changes.size(); i++) {
      change(changes.get(i), iri("change/" + diff.from() + "_" + diff.to() + "_" + (i + 1)));
    }
  }

  private void change(Change c, IRI node) {
    add(node, rdf("type"), iri(ORG, "ChangeEvent"));
    add(node, vocab("changeType"), vocab(camel(c.type())));
    add(node, vocab("evidence"), vocab(camel(c.evidence())));
    add(node, vocab("basis"), vocab(camel(c.basis())));
    add(node, vocab("subject"), entityIri(c.subject()));
    add(node, vocab("fromEdition"), editionIri(c.fromEdition()));
    add(node, vocab("toEdition"), editionIri(c.toEdition()));
    add(node, iri(DCTERMS, "description"), text(c.toString()));
    boolean organisation = registry.get(c.subject()) instanceof Unit || registry.get(c.subject()) instanceof Body;
    List<EntityId> original = new ArrayList<>();
    List<EntityId> resulting = new ArrayList<>();
    switch (c.type()) {
      case CREATED -> resulting.add(c.subject());
      case DISSOLVED -> original.add(c.subject());
      case RENAMED, MOVED -> {
        original.add(c.subject());
        resulting.add(c.subject());
      }
      case MERGED -> {
        original.addAll(c.parts());
        resulting.add(c.subject());
      }
      case SPLIT -> {
        original.add(c.subject());
        resulting.addAll(c.parts());
      }
      default -> { }
    }
    if (organisation) {
      original.forEach(id -> add(node, iri(ORG, "originalOrganization"), entityIri(id)));
      resulting.forEach(id -> add(node, iri(ORG, "resultingOrganization"), entityIri(id)));
    }
    c.parts().forEach(id -> add(node, vocab("part"), entityIri(id)));
    c.was().ifPresent(id -> add(node, vocab("was"), entityIri(id)));
    c.now().ifPresent(id -> add(node, vocab("now"), entityIri(id)));
    c.oldRelation().map(relationIris::get).ifPresent(r -> add(node, vocab("oldRelation"), r));
    c.newRelation().map(relationIris::get).ifPresent(r -> add(node, vocab("newRelation"), r));
    c.nameType().ifPresent(t -> add(node, vocab("nameType"), vocab(camel(t))));
    c.oldName().ifPresent(n -> add(node, vocab("oldName"), vf.createLiteral(n, ENGLISH)));
    c.newName().ifPresent(n -> add(node, vocab("newName"), vf.createLiteral(n, ENGLISH)));
    add(node, iri(PROV, "used"), editionIri(c.fromEdition()));
    add(node, iri(PROV, "used"), editionIri(c.toEdition()));
    for (Provenance p : c.provenance()) {
      provenance(node, "qualifiedUsage", "Usage", p);
    }
    if (c.evidence() == Change.Evidence.SILENCE) {
      // The edition that says nothing: the later, where something is gone; the earlier, where it gave no name.
      EditionId silent = c.type() == Change.Type.RENAMED && c.oldName().isEmpty() ? c.fromEdition() : c.toEdition();
      BNode usage = vf.createBNode("b" + ++blank);
      add(node, iri(PROV, "qualifiedUsage"), usage);
      add(usage, rdf("type"), iri(PROV, "Usage"));
      add(usage, iri(PROV, "entity"), editionIri(silent));
      add(usage, iri(PROV, "hadRole"), vocab("silentEdition"));
    }
  }

  // ---------------------------------------------------------------- provenance

  /**
   * Writes a provenance as a qualified influence of PROV: a {@code prov:Derivation} of a fact, a
   * {@code prov:Usage} by a change, with the basis, the source and the quote or rationale.
   */
  private void provenance(Resource subject, String qualifier, String type, Provenance p) {
    BNode node = vf.createBNode("b" + ++blank);
    add(subject, iri(PROV, qualifier), node);
    add(node, rdf("type"), iri(PROV, type));
    add(node, vocab("basis"), vocab(camel(p.basis())));
    // The source's resource where the registry has it; else the provenance's own reference (a citation).
    Optional<Source> source = registry.findSource(p.source());
    if (source.isPresent()) {
      add(node, iri(PROV, "entity"), sourceIri(source.get()));
    } else {
      add(node, vocab("source"), vf.createLiteral(p.source()));
    }
    if (type.equals("Usage")) {
      add(node, iri(PROV, "hadRole"), vocab("statingSource"));
    }
    p.quote().ifPresent(q -> add(node, vocab("quote"), text(q)));
    p.rationale().ifPresent(r -> add(node, vocab("rationale"), text(r)));
  }

  // ---------------------------------------------------------------- values

  /** Returns a name as a literal in its language. */
  private Literal name(Name name) {
    return vf.createLiteral(name.text(), name.language());
  }

  /** Returns a text of a source (a title, a description, a quote) in the sources' language. */
  private Literal text(String text) {
    return vf.createLiteral(text, ENGLISH);
  }

  /** Returns a date as {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}, as precise as it is known. */
  private Literal date(PartialDate d) {
    String type = d.isComplete() ? "date" : d.month().isPresent() ? "gYearMonth" : "gYear";
    return vf.createLiteral(d.toString(), iri(XSD, type));
  }

  private void add(Resource s, IRI p, Value o) {
    model.add(s, p, o);
  }

  private IRI iri(String path) {
    return vf.createIRI(base + path);
  }

  private IRI iri(String namespace, String local) {
    return vf.createIRI(namespace + local);
  }

  private IRI vocab(String local) {
    return vf.createIRI(VOCAB + local);
  }

  private IRI rdf(String local) {
    return vf.createIRI(RDF + local);
  }

  private IRI entityIri(EntityId id) {
    return iri("id/" + id);
  }

  private IRI editionIri(EditionId id) {
    return iri("edition/" + id);
  }

  private IRI sourceIri(Source s) {
    return iri("source/" + s.id());
  }

  /** {@code counterpart-type} as {@code CounterpartType}. */
  static String pascal(Labelled value) {
    String c = camel(value);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  /** {@code focal-point-for} as {@code focalPointFor}; {@code public-record} as {@code publicRecord}. */
  static String camel(Labelled value) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : value.label().toCharArray()) {
      if (c == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  /** Returns the basis of a provenance as the vocabulary names it: {@code untoc:publicRecord}. */
  static String basisIri(Basis basis) {
    return VOCAB + camel(basis);
  }
}
