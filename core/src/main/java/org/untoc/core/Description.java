package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * What an entity is or is for, in its source's words: a body's role, a mechanism's purpose, a
 * branch's aim; with the editions in which it holds and its provenance.
 *
 * <p>A description is a phrase of its source, not a summary of it: where the basis is {@link
 * Basis#STATED}, the text is a phrase of the quote.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract class Description implements Editioned {
  Description() {}

  /** Returns the text, trimmed, not blank. */
  public abstract String text();

  /** Returns the editions in which the description holds; empty for every edition of its entity. */
  @Override
  public abstract ImmutableSet<EditionId> editions();

  /** Returns where the description comes from. */
  public abstract Provenance provenance();

  /** Obtains a description that holds in every edition of its entity. */
  public static Description of(String text, Provenance provenance) {
    return builder().text(text).provenance(provenance).build();
  }

  /** Returns a copy of this description that holds only in the given editions. */
  public Description in(EditionId... editions) {
    return builder().from(this).editions(Arrays.asList(editions)).build();
  }

  /** Returns a builder of descriptions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Description} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableDescription.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!text().isBlank(), "a description must not be blank");
    checkArgument(text().strip().equals(text()),
        "description '%s' must not begin or end with white space", text());
  }

  /** Returns the text. */
  @Override
  public String toString() {
    return text();
  }
}
