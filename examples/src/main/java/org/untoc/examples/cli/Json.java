package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Optional;
import org.untoc.core.DatedFact;
import org.untoc.core.Period;

/**
 * Writes the tool's JSON output: objects indented with two spaces and {@code \n}, one document
 * per command, ending with a line end. The shapes are documented by the schemas in {@code
 * org/untoc/json/} of untoc-json ({@code untoc-show.schema.json} and the others).
 */
final class Json {
  /** Reads and writes the JSON the tool handles. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Work that writes JSON. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes one document to a writer, leaving the writer open.
   *
   * @throws UncheckedIOException if writing fails (an {@link OutputException} passes as it is)
   */
  static void write(Writer out, Body body) {
    try {
      // Closed only when complete: closing a generator ends what is open, and output cut short must not look whole.
      JsonGenerator g = generator(out);
      body.write(g);
      g.writeRaw('\n');
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a generator that writes to the writer, indented, and leaves it open when closed. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(new NonClosing(out));
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf));
    return g;
  }

  /** Writes a string field where the value is present. */
  static void optional(JsonGenerator g, String field, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get().toString());
    }
  }

  /** Writes an array of strings. */
  static void strings(JsonGenerator g, String field, Collection<?> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  /** A writer that the JSON generator may close without closing standard output. */
  static final class NonClosing extends FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Writes a dated fact's fields: its date, its note if any, its basis. */
  static void fact(JsonGenerator g, DatedFact f) throws IOException {
    g.writeStringField("date", f.date().toString());
    Json.optional(g, "note", f.note());
    g.writeStringField("basis", f.provenance().basis().label());
  }

  /** Writes "period": {"from"?: {...}, "to"?: {...}}: the time an edition describes, open where unknown. */
  static void period(JsonGenerator g, Period p) throws IOException {
    g.writeObjectFieldStart("period");
    bound(g, "from", p.from());
    bound(g, "to", p.to());
    g.writeEndObject();
  }

  private static void bound(JsonGenerator g, String field, Optional<DatedFact> fact) throws IOException {
    if (fact.isPresent()) {
      g.writeObjectFieldStart(field);
      fact(g, fact.get());
      g.writeEndObject();
    }
  }
}
