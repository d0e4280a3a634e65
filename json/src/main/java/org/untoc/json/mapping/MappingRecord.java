package org.untoc.json.mapping;

import com.google.common.collect.ImmutableMap;
import org.untoc.core.mapping.MappingRow;

/**
 * One row of a mapping table as read: the {@link MappingRow} to validate, and the table's other
 * columns, which a report may echo.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the row: programme, unit, edition if given, and the line it was read from
 * @param extras the other columns, in table order, by their names in the table: for CSV each
 *     cell; for JSON each value as JSON text ({@code "x"}, {@code 7}, {@code [1,2]})
 */
public record MappingRecord(MappingRow row, ImmutableMap<String, String> extras) {}
