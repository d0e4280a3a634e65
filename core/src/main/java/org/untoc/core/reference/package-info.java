/**
 * The embedded reference dataset, one class per area, every fact with its basis and source.
 * Internal to untoc-core; not exported.
 */
@NullMarked
package org.untoc.core.reference;

import org.jspecify.annotations.NullMarked;
