package org.untoc.core;

/** What kind of document a {@link Source} is. */
public enum SourceKind implements Labelled {
  /** A document an edition follows, quoted by the facts it states. */
  DOCUMENT,
  /** A public document cited for facts of the public record. */
  PUBLIC_RECORD
}
