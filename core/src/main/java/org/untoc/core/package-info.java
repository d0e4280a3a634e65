/**
 * The untoc domain model: typed immutable entities (units, instruments, bodies, programmes,
 * mandates, services, topics, counterpart types, strategy areas), typed relations between them,
 * editions of the structure over time, the provenance of every fact, and the {@link
 * org.untoc.core.Registry} that holds them with its integrity checked.
 *
 * <p>Start with {@link org.untoc.core.Untoc#reference()} for the embedded reference dataset, or
 * {@link org.untoc.core.Registry#builder()} for data of your own.
 */
@NullMarked
@UntocStyle
package org.untoc.core;

import org.jspecify.annotations.NullMarked;
