/**
 * The embedded reference dataset, one class per area, every fact with its basis and source.
 * Internal to untoc-core; not exported. {@link org.untoc.core.reference.ReferenceData} says what
 * each fact may rest on and how entities are bound to editions.
 */
@NullMarked
package org.untoc.core.reference;

import org.jspecify.annotations.NullMarked;
