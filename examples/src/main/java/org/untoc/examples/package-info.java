/**
 * Runnable examples of untoc.
 */
@NullMarked
package org.untoc.examples;

import org.jspecify.annotations.NullMarked;
