/**
 * Mapping tables, claims that "programme P is run by unit U", read from CSV or JSON as streams
 * of {@link org.untoc.core.mapping.MappingRow}.
 *
 * <p>Start with {@link org.untoc.json.mapping.MappingTable#open}, and give the table's {@link
 * org.untoc.json.mapping.MappingTable#rows() rows} to a {@link
 * org.untoc.core.mapping.MappingValidator}; {@link
 * org.untoc.json.mapping.MappingTable#records() records} carry the other columns too. A table
 * that breaks its format throws a {@link org.untoc.json.mapping.MappingTableException} with its
 * line or JSON Pointer.
 */
@NullMarked
package org.untoc.json.mapping;

import org.jspecify.annotations.NullMarked;
