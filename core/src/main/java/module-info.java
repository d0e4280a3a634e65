/**
 * The untoc domain model and the embedded reference dataset.
 *
 * <p>Exports {@code org.untoc.core}. Depends on Guava only; JSpecify annotations are optional at
 * run time.
 */
module org.untoc.core {
  requires transitive com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.untoc.core;
}
