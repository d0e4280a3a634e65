/**
 * The untoc registry document: a Jackson module for every value type of untoc-core, reading and
 * writing whole registries as a versioned, strict JSON document, its JSON Schema, exports to
 * linked data (Turtle, N-Quads, JSON-LD), CSV and SSSOM, and mapping tables read from CSV, JSON
 * and SSSOM.
 *
 * <p>Exports {@code org.untoc.json} (the document and the module), {@code
 * org.untoc.json.export} (the exports) and {@code org.untoc.json.mapping} (mapping tables read
 * from CSV and JSON); provides {@link org.untoc.json.UntocModule} as a Jackson {@code Module},
 * so that {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
module org.untoc.json {
  requires transitive org.untoc.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.dataformat.yaml;
  // RDF4J's jars and Titanium's name no module: these are the names the module system derives from the jars
  requires rdf4j.model.api;
  requires rdf4j.model;
  requires rdf4j.rio.api;
  requires rdf4j.rio.turtle;
  requires rdf4j.rio.nquads;
  requires titanium.json.ld;
  requires titanium.rdf.api;
  requires jakarta.json;
  requires static org.jspecify;

  exports org.untoc.json;
  exports org.untoc.json.export;
  exports org.untoc.json.mapping;

  provides com.fasterxml.jackson.databind.Module with org.untoc.json.UntocModule;
}
