/**
 * The untoc registry document: a Jackson module for every value type of untoc-core, reading and
 * writing whole registries as a versioned, strict JSON document, its JSON Schema, exports to
 * JSON-LD and CSV, and mapping tables read from CSV and JSON.
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
  requires static org.jspecify;

  exports org.untoc.json;
  exports org.untoc.json.export;
  exports org.untoc.json.mapping;

  provides com.fasterxml.jackson.databind.Module with org.untoc.json.UntocModule;
}
