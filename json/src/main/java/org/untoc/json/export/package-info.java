/**
 * Exports of a registry for other tools.
 *
 * <ul>
 *   <li>{@link org.untoc.json.export.JsonLdExport#write} writes an edition as JSON-LD in the terms
 *       of the W3C Organization Ontology, SKOS, Dublin Core and PROV;
 *   <li>{@link org.untoc.json.export.ProgrammeUnitCsv#write} writes the programme-to-unit mappings
 *       of every edition, or of one, as CSV.
 * </ul>
 *
 * <p>Both write deterministic output: the same registry gives the same bytes.
 */
@NullMarked
package org.untoc.json.export;

import org.jspecify.annotations.NullMarked;
