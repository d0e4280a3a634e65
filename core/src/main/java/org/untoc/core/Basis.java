package org.untoc.core;

/**
 * How a fact in a registry is known.
 */
public enum Basis implements Labelled {
  /** A source document states it; the {@link Provenance} quotes the phrase that says so. */
  STATED,
  /** A public document records it; the {@link Provenance} cites the document. */
  PUBLIC_RECORD,
  /** It is inferred, not stated; the {@link Provenance} gives the rationale. */
  INFERRED
}
