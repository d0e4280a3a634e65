/**
 * The organisation chart of one edition, as text, Mermaid and Graphviz DOT.
 *
 * <p>Start with {@link org.untoc.core.chart.OrgChart#of}.
 */
@NullMarked
package org.untoc.core.chart;

import org.jspecify.annotations.NullMarked;
