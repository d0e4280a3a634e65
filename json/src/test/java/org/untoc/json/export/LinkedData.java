package org.untoc.json.export;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Reads exports and shapes with Apache Jena, as the export's consumers do. */
final class LinkedData {
  static final String VOCAB = RdfExport.VOCAB;
  private static final Shapes SHAPES = Shapes.parse(RDFParser.fromString(RdfExport.shapes(), Lang.TURTLE).toGraph());

  private LinkedData() {}

  /** Parses an export in a format; N-Quads and JSON-LD are read as datasets, the graph taken from the default graph. */
  static Model parse(String text, RdfExport.Format format) {
    Lang lang = switch (format) {
      case TURTLE -> Lang.TURTLE;
      case N_QUADS -> Lang.NQUADS;
      case JSON_LD -> Lang.JSONLD11;
    };
    Dataset ds = DatasetFactory.create();
    RDFParser.fromString(text, lang).parse(ds);
    return ds.getDefaultModel();
  }

  static Model load(RdfExport export) {
    return parse(export.toString(RdfExport.Format.N_QUADS), RdfExport.Format.N_QUADS);
  }

  static ValidationReport validate(Graph graph) {
    return ShaclValidator.get().validate(SHAPES, graph);
  }

  /** Returns each violation as "focus node shape", the shape named by its IRI, or "[]" where it is anonymous. */
  static Set<String> violations(Graph graph) {
    Set<String> out = new TreeSet<>();
    for (ReportEntry e : validate(graph).getEntries()) {
      String shape = e.source().isURI() ? e.source().getURI().replace(VOCAB, "untoc:") : "[]";
      out.add(e.focusNode().toString() + " " + shape);
    }
    return out;
  }

  static List<String> messages(Graph graph) {
    return validate(graph).getEntries().stream().map(e -> e.focusNode() + " " + e.source() + ": " + e.message())
        .toList();
  }
}
