package org.untoc.examples.cli;

import java.util.Map;
import org.untoc.core.mapping.MappingRow;

/**
 * One row of a mapping file: the row to validate and the other columns, echoed back as they
 * were read, in file order: text for CSV, JSON values (a {@code JsonNode}) for JSON.
 */
record MappingRecord(MappingRow row, Map<String, Object> extras) {}
