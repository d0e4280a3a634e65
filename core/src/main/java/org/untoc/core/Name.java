package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * One name of an entity: its official name, its acronym or an alias, with the editions in which
 * it holds and its provenance.
 *
 * <p>A name bound to editions records a name that changed: the branch is "Organized Crime
 * Branch" in one edition and "Organized Crime and Illicit Trafficking Branch" in the next.
 *
 * <p>Besides {@link #official}, {@link #acronym}, {@link #alias} and the builder, the generated
 * class has a constructor of every attribute, which keeps an immutable set of editions as it is:
 * {@code ImmutableName.of(type, text, editions, provenance)}.
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
   * Returns true if this name is the text as lookups compare names: ignoring case, surrounding
   * and repeated white space, and typographic dashes and quotes.
   *
   * @param text the text, not null
   */
  public boolean matches(String text) {
    return NameKey.of(text).equals(NameKey.of(text()));
  }

  @Value.Check
  void check() {
    checkArgument(!text().isBlank(), "a name must not be blank");
    checkArgument(text().strip().equals(text()),
        "name '%s' must not begin or end with white space", text());
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
