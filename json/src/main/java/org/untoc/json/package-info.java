/**
 * The untoc registry document and the Jackson module.
 *
 * <ul>
 *   <li>{@link org.untoc.json.RegistryJson} reads and writes a whole {@link
 *       org.untoc.core.Registry} as a versioned JSON document ({@code "format":
 *       "untoc-registry", "version": 1}), strictly, with limits, reporting every problem as a
 *       {@link org.untoc.json.DocumentException} with its JSON Pointer, line and column;
 *   <li>{@link org.untoc.json.UntocModule} maps every value type of untoc-core for an {@code
 *       ObjectMapper}, in the same form.
 * </ul>
 *
 * <p>Exports of a registry for other tools (JSON-LD, CSV) are in {@code org.untoc.json.export}.
 *
 * <p>The JSON Schema of the document is the resource {@value
 * org.untoc.json.RegistryJson#SCHEMA_RESOURCE}; the reference data in this form is the resource
 * {@value org.untoc.json.RegistryJson#REFERENCE_RESOURCE}.
 */
@NullMarked
package org.untoc.json;

import org.jspecify.annotations.NullMarked;
