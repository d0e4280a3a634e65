package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A document the data rests on: a source document an edition follows, or a public document
 * cited for facts of the public record.
 *
 * <p>A {@link Provenance} names its source by its {@linkplain #reference() reference}: the file
 * name of a document, or the citation of a public document, as it is traced back. People read
 * its {@linkplain #title() title}: {@link Registry#titleOf(Provenance)} gives the title of a
 * registered source and the reference of any other.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** Returns the id: a slug such as {@code ocb-overview-page}, unique in a registry. */
  public abstract String id();

  /** Returns the title, as people read it. */
  public abstract String title();

  /** Returns what kind of document it is. */
  public abstract SourceKind kind();

  /**
   * Returns how provenance names the document: a file name, such as {@code
   * seeds/000_561e529bf6eb8929.txt}, or a citation, such as {@code UN Treaty Collection, MTDSG
   * chapter XVIII-12}.
   */
  public abstract String reference();

  /** Obtains a source. */
  public static Source of(String id, String title, SourceKind kind, String reference) {
    return builder().id(id).title(title).kind(kind).reference(reference).build();
  }

  /** Returns a builder of sources. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Identity.checkSlug("source id", id());
    checkArgument(!title().isBlank(), "source %s: title must not be blank", id());
    checkArgument(!reference().isBlank(), "source %s: reference must not be blank", id());
  }

  /** Returns the title. */
  @Override
  public String toString() {
    return title();
  }
}
