/**
 * The embedded reference dataset, one class per area, every fact with its basis and source.
 * Internal to untoc-core; not exported. {@link org.untoc.core.reference.ReferenceData} says what
 * each fact may rest on and how entities and facts are bound to editions: units, bodies,
 * programmes, mandates, services, topics and counterpart types to the editions whose document
 * names them (or a dated public-record fact places them in); instruments adopted before both
 * periods to none; anything dated after 2015 to the overview's; and a name, description or
 * relation that quotes one document to that document's edition.
 */
@NullMarked
package org.untoc.core.reference;

import org.jspecify.annotations.NullMarked;
