package org.untoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.untoc.core.EditionId;

/**
 * How one type of value is read from a parser and written to a generator, in the form of the
 * registry document: {@link Forms} holds the form of each value type of untoc-core, which
 * {@link RegistryJson} and {@link UntocModule} both use.
 *
 * @param <T> the type of value
 */
interface Form<T> {
  /**
   * Reads a value, the parser being on its first token; leaves the parser on its last token.
   *
   * @throws DocumentException if the value is not of this form
   */
  T read(JsonParser p, ValueReader in) throws IOException;

  /** Writes a value; {@code order} orders the sets of editions in it. */
  void write(JsonGenerator g, T value, EditionOrder order) throws IOException;

  /** Orders a set of editions for writing. */
  @FunctionalInterface
  interface EditionOrder {
    /** Keeps the order of the set. */
    EditionOrder AS_GIVEN = ImmutableList::copyOf;

    List<EditionId> order(Set<EditionId> editions);
  }

  /** Reads one value. */
  @FunctionalInterface
  interface Read<T> {
    T read(JsonParser p, ValueReader in) throws IOException;
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Write<T> {
    void write(JsonGenerator g, T value, EditionOrder order) throws IOException;
  }

  /** Returns the form that reads and writes with the given functions. */
  static <T> Form<T> of(Read<T> read, Write<? super T> write) {
    return new Form<>() {
      @Override
      public T read(JsonParser p, ValueReader in) throws IOException {
        return read.read(p, in);
      }

      @Override
      public void write(JsonGenerator g, T value, EditionOrder order) throws IOException {
        write.write(g, value, order);
      }
    };
  }
}
