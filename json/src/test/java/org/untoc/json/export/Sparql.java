package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Unit;
import org.untoc.core.change.Change;

/**
 * The SPARQL queries of README's questions, run against an endpoint (a Jena model or a SPARQL
 * service), and the checks that their answers are the Java API's.
 */
final class Sparql {
  /** Runs a SELECT query and returns each row as the strings of its variables, in order. */
  interface Endpoint {
    List<List<String>> select(String query);
  }

  static final String PREFIXES = """
      PREFIX untoc: <urn:untoc:vocab:>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      """;

  /** The README's question: who runs GPML in the latest edition, and on what basis? */
  static final String WHO_RUNS_GPML = PREFIXES + """
      SELECT ?unit ?basis ?rationale WHERE {
        ?edition untoc:latest true .
        ?programme skos:altLabel "GPML"@en .
        ?runs rdf:subject ?u ; rdf:predicate untoc:runs ; rdf:object ?programme ;
              untoc:inEdition ?edition ;
              prov:qualifiedDerivation [ untoc:basis ?basis ; untoc:rationale ?rationale ] .
        ?u skos:prefLabel ?unit .
      }
      """;

  private Sparql() {}

  static Endpoint of(Model model) {
    return query -> {
      try (QueryExecution qe = QueryExecutionFactory.create(query, model)) {
        return rows(qe.execSelect());
      }
    };
  }

  static Endpoint service(String url) {
    return query -> {
      try (QueryExecution qe = QueryExecution.service(url).query(query).build()) {
        return rows(qe.execSelect());
      }
    };
  }

  private static List<List<String>> rows(ResultSet rs) {
    List<List<String>> out = new ArrayList<>();
    List<String> vars = rs.getResultVars();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      List<String> row = new ArrayList<>();
      for (String v : vars) {
        RDFNode n = s.get(v);
        row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
      }
      out.add(row);
    }
    return out;
  }

  static String literal(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String programmesOf(String unit, String edition) {
    return PREFIXES + "SELECT ?programme WHERE {\n"
        + "  ?unit dcterms:identifier " + literal(unit) + " .\n"
        + "  ?edition a untoc:Edition ; dcterms:identifier " + literal(edition) + " .\n"
        + "  ?runs rdf:subject ?unit ; rdf:predicate untoc:runs ; rdf:object ?p ; untoc:inEdition ?edition .\n"
        + "  ?p dcterms:identifier ?programme .\n} ORDER BY ?programme";
  }

  static String unitOf(String programme, String edition) {
    return PREFIXES + "SELECT ?unit WHERE {\n"
        + "  ?p dcterms:identifier " + literal(programme) + " .\n"
        + "  ?edition a untoc:Edition ; dcterms:identifier " + literal(edition) + " .\n"
        + "  ?runs rdf:subject ?u ; rdf:predicate untoc:runs ; rdf:object ?p ; untoc:inEdition ?edition .\n"
        + "  ?u dcterms:identifier ?unit .\n}";
  }

  /** The path to the root in the edition the plain triples describe, nearest first. */
  static String pathToRootOf(String entity) {
    return PREFIXES + "SELECT ?ancestor WHERE {\n"
        + "  ?start dcterms:identifier " + literal(entity) + " .\n"
        + "  ?start org:subOrganizationOf* ?step . ?step org:subOrganizationOf+ ?a .\n"
        + "  ?a dcterms:identifier ?ancestor .\n"
        + "} GROUP BY ?ancestor ORDER BY COUNT(DISTINCT ?step)";
  }

  static String changesBetween(String from, String to) {
    return PREFIXES + "SELECT ?type ?subject ?evidence WHERE {\n"
        + "  ?change a org:ChangeEvent ; untoc:changeType ?t ; untoc:evidence ?e ;\n"
        + "    untoc:subject/dcterms:identifier ?subject ;\n"
        + "    untoc:fromEdition/dcterms:identifier " + literal(from) + " ;\n"
        + "    untoc:toEdition/dcterms:identifier " + literal(to) + " .\n"
        + "  BIND(STRAFTER(STR(?t), \"urn:untoc:vocab:\") AS ?type)\n"
        + "  BIND(STRAFTER(STR(?e), \"urn:untoc:vocab:\") AS ?evidence)\n"
        + "} ORDER BY ?type ?subject ?evidence";
  }

  private static List<String> column(List<List<String>> rows) {
    return rows.stream().map(r -> r.get(0)).toList();
  }

  /**
   * Checks that the whole registry's export, at an endpoint, answers as the Java API does: the
   * programmes of each unit and the unit of each programme in every edition, the path to the root
   * of each unit in the latest edition, and the changes between consecutive editions.
   */
  static void assertSameAnswers(Registry r, Endpoint whole) {
    for (Edition edition : r.editions()) {
      EditionView view = r.view(edition.id());
      for (Unit u : view.entities(Unit.class)) {
        assertEquals(view.programmesOf(u.id()).stream().map(p -> p.id().toString()).sorted().toList(),
            column(whole.select(programmesOf(u.id().toString(), edition.id().toString()))),
            "programmes of " + u.id() + " in " + edition.id());
      }
      for (Programme p : view.entities(Programme.class)) {
        assertEquals(view.unitOf(p.id()).stream().map(u -> u.id().toString()).toList(),
            column(whole.select(unitOf(p.id().toString(), edition.id().toString()))),
            "unit of " + p.id() + " in " + edition.id());
      }
    }
    assertPaths(r, r.latest().id(), whole);
    for (int i = 1; i < r.editions().size(); i++) {
      EditionId from = r.editions().get(i - 1).id();
      EditionId to = r.editions().get(i).id();
      List<List<String>> expected = r.diff(from, to).changes().stream()
          .map(c -> List.of(c.type().label(), c.subject().toString(),
              c.evidence() == Change.Evidence.FACTS ? "facts" : "silence"))
          .sorted(Sparql::compare).toList();
      assertEquals(expected, whole.select(changesBetween(from.toString(), to.toString())),
          "changes from " + from + " to " + to);
    }
  }

  /** Checks the path to the root of each unit and body of an edition, in an export whose plain triples describe it. */
  static void assertPaths(Registry r, EditionId edition, Endpoint export) {
    EditionView view = r.view(edition);
    for (Entity e : view.entities()) {
      if (e instanceof Unit || e instanceof org.untoc.core.Body) {
        List<String> path = view.pathToRootOf(e.id()).stream().skip(1).map(x -> x.id().toString()).toList();
        assertEquals(path, column(export.select(pathToRootOf(e.id().toString()))),
            "path to the root of " + e.id() + " in " + edition);
      }
    }
  }

  /** Orders rows as SPARQL's ORDER BY orders plain strings: by code point, column by column. */
  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Returns a function that runs the checks on exports of each edition. */
  static Function<EditionId, Endpoint> perEdition(Function<EditionId, Model> exportOf) {
    return e -> of(exportOf.apply(e));
  }
}
