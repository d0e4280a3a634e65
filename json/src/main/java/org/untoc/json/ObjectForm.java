package org.untoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.untoc.json.ValueReader.Keys;

/**
 * The form of a value written as an object, made with the value's builder: its keys, in the
 * order they are written and listed in messages, each with the form of its value, the accessor
 * that writing takes it from and the builder's setter that reading gives it to. Reading rejects
 * unknown keys (unless lenient), duplicate keys and missing required keys, then builds the value;
 * a check of the value that fails is an error at the object.
 *
 * <p>This class is immutable: each method that adds a key returns a new form.
 *
 * @param <T> the type of value
 * @param <B> the type of its builder
 */
final class ObjectForm<T, B> implements Form<T> {
  /** A key: written where {@code get} gives a value, required in reading or not. */
  private record Field<T, B, V>(String key, boolean required, Form<V> form, Function<T, Optional<V>> get,
      BiConsumer<B, V> set) {
    void read(B builder, JsonParser p, ValueReader in) throws IOException {
      set.accept(builder, form.read(p, in));
    }

    void write(JsonGenerator g, T value, EditionOrder order) throws IOException {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        g.writeFieldName(key);
        form.write(g, v.get(), order);
      }
    }
  }

  private final Keys keys;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final ImmutableMap<String, Field<T, B, ?>> fields;

  private ObjectForm(String what, String expected, Supplier<B> builder, Function<B, T> build,
      ImmutableMap<String, Field<T, B, ?>> fields) {
    this.keys = new Keys(what, expected, fields.keySet().asList(), fields.values().stream()
        .filter(Field::required).map(Field::key).toList());
    this.builder = builder;
    this.build = build;
    this.fields = fields;
  }

  /**
   * Returns the form of an object without keys.
   *
   * @param what the value, for messages: {@code "a name"}
   * @param expected the object with its keys, for messages
   * @param builder makes a builder of the value
   * @param build builds the value, throwing {@link IllegalArgumentException} or {@link
   *     IllegalStateException} if it is invalid
   */
  static <T, B> ObjectForm<T, B> of(String what, String expected, Supplier<B> builder, Function<B, T> build) {
    return new ObjectForm<>(what, expected, builder, build, ImmutableMap.of());
  }

  private <V> ObjectForm<T, B> with(String key, boolean required, Form<V> form, Function<T, Optional<V>> get,
      BiConsumer<B, V> set) {
    return new ObjectForm<>(keys.what(), keys.expected(), builder, build, ImmutableMap.<String, Field<T, B, ?>>builder()
        .putAll(fields).put(key, new Field<>(key, required, form, get, set)).buildOrThrow());
  }

  /** Returns this form with a key that an object must have, and that is always written. */
  <V> ObjectForm<T, B> required(String key, Form<V> form, Function<T, V> get, BiConsumer<B, V> set) {
    return with(key, true, form, value -> Optional.of(get.apply(value)), set);
  }

  /** Returns this form with a key that an object may leave out, written where the value has it. */
  <V> ObjectForm<T, B> optional(String key, Form<V> form, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return with(key, false, form, get, set);
  }

  /** Returns this form with a list that an object may leave out, written where it is not empty. */
  <V extends Collection<?>> ObjectForm<T, B> many(String key, Form<V> form, Function<T, V> get,
      BiConsumer<B, V> set) {
    return with(key, false, form, value -> Optional.of(get.apply(value)).filter(c -> !c.isEmpty()), set);
  }

  @Override
  public T read(JsonParser p, ValueReader in) throws IOException {
    B b = builder.get();
    long at = in.object(p, keys, key -> fields.get(key).read(b, p, in));
    String what = keys.what().substring(keys.what().indexOf(' ') + 1); // "name" of "a name"
    return ValueReader.build(p, at, what, () -> build.apply(b));
  }

  @Override
  public void write(JsonGenerator g, T value, EditionOrder order) throws IOException {
    g.writeStartObject();
    for (Field<T, B, ?> f : fields.values()) {
      f.write(g, value, order);
    }
    g.writeEndObject();
  }
}
