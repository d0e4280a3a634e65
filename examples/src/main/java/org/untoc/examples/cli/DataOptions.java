package org.untoc.examples.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;
import org.untoc.json.DocumentException;
import org.untoc.json.RegistryJson;
import picocli.CommandLine.Option;

/**
 * The data a command works on: the embedded reference data, or a registry document given with
 * {@code --data FILE}.
 */
final class DataOptions {
  @Option(names = "--data", paramLabel = "FILE",
      description = "A registry document (the untoc-json format) to use in place of the embedded reference data.")
  @Nullable Path data;

  /**
   * Returns the registry to work on.
   *
   * @throws InputException if the document cannot be read, with its file, pointer, line and column
   */
  Registry registry() {
    if (data == null) {
      return Untoc.reference();
    }
    try {
      return RegistryJson.strict().read(data);
    } catch (NoSuchFileException e) {
      throw new InputException(data + ": no such file");
    } catch (DocumentException e) {
      throw new InputException(data + ": not a valid registry document: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(data + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
