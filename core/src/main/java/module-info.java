/**
 * The untoc domain model and the embedded reference dataset.
 *
 * <p>Exports {@code org.untoc.core} (the model, the registry and its queries), {@code
 * org.untoc.core.change} (diffs and migration), {@code org.untoc.core.chart} (organisation charts)
 * and {@code org.untoc.core.mapping} (mapping validation); the reference data is
 * internal. Depends on Guava only; JSpecify annotations are optional at run time.
 */
module org.untoc.core {
  requires transitive com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.untoc.core;
  exports org.untoc.core.change;
  exports org.untoc.core.chart;
  exports org.untoc.core.mapping;
}
