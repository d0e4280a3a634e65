package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One name of an entity: its official name, its acronym or an alias, in a language, with the
 * editions in which it holds and its provenance.
 *
 * <p>A name bound to editions records a name that changed: the branch is "Organized Crime
 * Branch" in one edition and "Organized Crime and Illicit Trafficking Branch" in the next.
 *
 * <p>Every name is in a language, a BCP 47 tag ({@code en}, {@code fr}, {@code zh-Hans}): English
 * ({@link #ENGLISH}) unless given, as in {@code Name.official("Office des Nations Unies contre la
 * drogue et le crime", source).inLanguage("fr")} or the builder's {@code language("fr")}. The tag
 * is kept in its normal form ({@link #parseLanguage}): {@code FR} is {@code fr}, {@code zh-hans}
 * is {@code zh-Hans}; an ill-formed tag is rejected when the name is built.
 *
 * <p>Obtain names with {@link #official}, {@link #acronym}, {@link #alias} or the builder.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract class Name implements Editioned {
  Name() {}

  /** Returns the editions in which the name holds; empty for every edition of its entity. */
  @Override
  public abstract ImmutableSet<EditionId> editions();

  /** Returns the text of the name, trimmed, not blank. */
  public abstract String text();

  /** Returns what kind of name this is. */
  public abstract NameType type();

  /** Returns where the name comes from. */
  public abstract Provenance provenance();

  /**
   * Returns the language of the name: a BCP 47 tag in its normal form ({@link #parseLanguage}),
   * {@link #ENGLISH} unless given.
   */
  @Value.Default
  public String language() {
    return ENGLISH;
  }

  /** The language of a name given none: {@code en}, English. */
  public static final String ENGLISH = "en";

  /**
   * Parses a BCP 47 language tag and returns it in its normal form: the language in lower case,
   * a script in title case, a region in upper case ({@code ZH-hans-cn} is {@code zh-Hans-CN}), as
   * {@link Locale#toLanguageTag()} writes it.
   *
   * @param tag the tag, such as {@code fr} or {@code zh-Hans}, not null
   * @return the tag in its normal form, not null
   * @throws IllegalArgumentException if the tag is empty or not a well-formed BCP 47 tag; the
   *     message names it
   */
  public static String parseLanguage(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.equals(ENGLISH)) {
      return tag;
    }
    checkArgument(!tag.isBlank(), "a language tag must not be empty");
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("'" + tag + "' is not a well-formed BCP 47 language tag, such as en,"
          + " fr or zh-Hans", e);
    }
  }

  /**
   * Obtains an official name that holds in every edition of its entity.
   *
   * @param text the name, not null
   * @param provenance where it comes from, not null
   * @return the name, not null
   */
  public static Name official(String text, Provenance provenance) {
    return builder().text(text).type(NameType.OFFICIAL).provenance(provenance).build();
  }

  /**
   * Obtains an acronym that holds in every edition of its entity.
   *
   * @param text the acronym, not null
   * @param provenance where it comes from, not null
   * @return the name, not null
   */
  public static Name acronym(String text, Provenance provenance) {
    return builder().text(text).type(NameType.ACRONYM).provenance(provenance).build();
  }

  /**
   * Obtains an alias that holds in every edition of its entity.
   *
   * @param text the alias, not null
   * @param provenance where it comes from, not null
   * @return the name, not null
   */
  public static Name alias(String text, Provenance provenance) {
    return builder().text(text).type(NameType.ALIAS).provenance(provenance).build();
  }

  /**
   * Returns a copy of this name that holds only in the given editions.
   *
   * @param editions the editions, not null
   * @return the name, not null
   */
  public Name in(EditionId... editions) {
    return builder().from(this).editions(java.util.Arrays.asList(editions)).build();
  }

  /**
   * Returns a copy of this name in another language.
   *
   * @param language a BCP 47 language tag, such as {@code fr}, not null
   * @return the name, not null
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  public Name inLanguage(String language) {
    return builder().from(this).language(language).build();
  }

  /**
   * Returns true if this name is in a language: its tag is the one given, read in its normal
   * form ({@code FR} is {@code fr}); {@code fr} is not {@code fr-CA}.
   *
   * @param language a BCP 47 language tag, not null
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  public boolean isIn(String language) {
    return language().equals(parseLanguage(language));
  }

  /**
   * Returns true if a lookup of the text finds this name: the two are equal in the normal form of
   * {@link NameKey#of}, or else without diacritics ({@link NameKey#ofIgnoringMarks}).
   *
   * @param text the text, not null
   */
  public boolean matches(String text) {
    String key = NameKey.of(text);
    String name = NameKey.of(text());
    return key.equals(name) || NameKey.ofIgnoringMarks(key).equals(NameKey.ofIgnoringMarks(name));
  }

  /** Checks the text and puts the language tag in its normal form. */
  @Value.Check
  Name check() {
    checkArgument(!text().isBlank(), "a name must not be blank");
    checkArgument(text().strip().equals(text()),
        "name '%s' must not begin or end with white space", text());
    String tag = language();
    if (tag.equals(ENGLISH)) {
      return this;
    }
    String normal = parseLanguage(tag);
    return normal.equals(tag) ? this : builder().from(this).language(normal).build();
  }

  /** Returns the text of the name. */
  @Override
  public String toString() {
    return text();
  }

  /** Returns a builder of names. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Name} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableName.Builder {
    Builder() {}
  }
}
