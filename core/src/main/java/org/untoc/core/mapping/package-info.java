/**
 * Validation of mapping tables, claims that "programme P is run by unit U", against a registry.
 *
 * <p>Start with {@link org.untoc.core.mapping.MappingValidator#of}: it judges each {@link
 * org.untoc.core.mapping.MappingRow} and gives a {@link org.untoc.core.mapping.MappingVerdict}
 * with its {@link org.untoc.core.mapping.MappingStatus}; a {@link
 * org.untoc.core.mapping.MappingSummary} counts them. Reading tables from files is the work of
 * untoc-json's {@code org.untoc.json.mapping}.
 */
@NullMarked
package org.untoc.core.mapping;

import org.jspecify.annotations.NullMarked;
