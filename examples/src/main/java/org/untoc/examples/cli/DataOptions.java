package org.untoc.examples.cli;

import org.untoc.core.Registry;
import org.untoc.core.Untoc;

/** The data every command works on: the embedded reference data. */
final class DataOptions {
  /** Returns the registry to work on. */
  Registry registry() {
    return Untoc.reference();
  }
}
