/**
 * Exports of a registry for other tools.
 *
 * <ul>
 *   <li>{@link org.untoc.json.export.RdfExport} writes the registry, or one edition of it, as
 *       linked data (Turtle, N-Quads, JSON-LD) in the terms of the W3C Organization Ontology,
 *       SKOS, Dublin Core and PROV, with the basis and source of every statement; its JSON-LD
 *       context and SHACL shapes ship as resources;
 *   <li>{@link org.untoc.json.export.ProgrammeUnitCsv#write} writes the programme-to-unit mappings
 *       of every edition, or of one, as CSV;
 *   <li>{@link org.untoc.json.export.SssomExport#write} writes them as an SSSOM mapping set.
 * </ul>
 *
 * <p>Each writes deterministic output: the same registry gives the same bytes.
 */
@NullMarked
package org.untoc.json.export;

import org.jspecify.annotations.NullMarked;
