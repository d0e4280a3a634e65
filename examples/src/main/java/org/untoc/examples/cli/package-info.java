/**
 * The {@code untoc} command-line tool: {@link org.untoc.examples.cli.UntocCommand}.
 */
@NullMarked
package org.untoc.examples.cli;

import org.jspecify.annotations.NullMarked;
