/**
 * What changed between editions of a registry, and what a later edition makes of a mapping
 * taken from an earlier one.
 *
 * <p>Start with {@link org.untoc.core.change.EditionDiff#between} (or {@link
 * org.untoc.core.Registry#diff}), which lists each {@link org.untoc.core.change.Change}, and
 * {@link org.untoc.core.change.Migration#of} (or {@link org.untoc.core.Registry#migrate}).
 */
@NullMarked
package org.untoc.core.change;

import org.jspecify.annotations.NullMarked;
