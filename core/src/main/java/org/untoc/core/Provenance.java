package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: its {@link Basis} and its source.
 *
 * <ul>
 *   <li>{@link Basis#STATED}: {@link #source()} names the source document and {@link #quote()}
 *       holds the phrase of it that states the fact;
 *   <li>{@link Basis#PUBLIC_RECORD}: {@link #source()} is the citation of a public document;
 *   <li>{@link Basis#INFERRED}: {@link #source()} names what the inference starts from and
 *       {@link #rationale()} says why it holds.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract class Provenance {
  Provenance() {}

  /** Returns how the fact is known. */
  public abstract Basis basis();

  /** Returns the source: a document name, a citation, or what an inference starts from. */
  public abstract String source();

  /** Returns the quoted phrase that states the fact; present exactly when the basis is STATED. */
  public abstract Optional<String> quote();

  /** Returns the rationale of an inference; present exactly when the basis is INFERRED. */
  public abstract Optional<String> rationale();

  /**
   * Obtains the provenance of a fact that a source document states.
   *
   * @param document the source document, as its {@link Source#reference() reference} names it, not null
   * @param quote the phrase of the document that states the fact, not null
   * @return the provenance, not null
   */
  public static Provenance stated(String document, String quote) {
    return builder().basis(Basis.STATED).source(document).quote(quote).build();
  }

  /**
   * Obtains the provenance of a fact recorded in a public document.
   *
   * @param citation the citation of the document, not null
   * @return the provenance, not null
   */
  public static Provenance publicRecord(String citation) {
    return builder().basis(Basis.PUBLIC_RECORD).source(citation).build();
  }

  /**
   * Obtains the provenance of an inferred fact.
   *
   * @param from what the inference starts from, not null
   * @param rationale why the inference holds, in a sentence, not null
   * @return the provenance, not null
   */
  public static Provenance inferred(String from, String rationale) {
    return builder()
        .basis(Basis.INFERRED).source(from).rationale(rationale).build();
  }

  @Value.Check
  void check() {
    checkArgument(!source().isBlank(), "provenance source must not be blank");
    checkArgument(quote().isPresent() == (basis() == Basis.STATED),
        "provenance with basis %s %s a quote", basis(),
        basis() == Basis.STATED ? "needs" : "must not have");
    checkArgument(rationale().isPresent() == (basis() == Basis.INFERRED),
        "provenance with basis %s %s a rationale", basis(),
        basis() == Basis.INFERRED ? "needs" : "must not have");
    quote().ifPresent(q -> checkArgument(!q.isBlank(), "provenance quote must not be blank"));
    rationale().ifPresent(r -> checkArgument(!r.isBlank(), "provenance rationale must not be blank"));
  }

  /** Returns a one-line form: the basis, the source and the quote or rationale. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(basis()).append(" (").append(source());
    quote().ifPresent(q -> sb.append(": \"").append(q).append('"'));
    rationale().ifPresent(r -> sb.append(": ").append(r));
    return sb.append(')').toString();
  }

  /**
   * Returns a builder of provenance, for readers that have the basis as data; the factories
   * {@link #stated}, {@link #publicRecord} and {@link #inferred} say the same more briefly.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Provenance} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
