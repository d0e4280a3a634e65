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
 * {@code --data FILE}, after the command's name or before it.
 */
final class DataOptions {
  @Option(names = "--data", paramLabel = "FILE",
      description = "A registry document (the untoc-json format) to use in place of the embedded reference data.")
  @Nullable Path data;

  /**
   * Returns the registry to work on: the document given after the command's name, or else before
   * it, or else the reference data.
   *
   * @param root the tool, with the options given before the command's name
   * @throws InputException if the document cannot be read, with its file, pointer, line and column, or
   *     if it does not fit in the heap
   */
  Registry registry(UntocCommand root) {
    Path file = data != null ? data : root.data;
    if (file == null) {
      return Untoc.reference();
    }
    try {
      return RegistryJson.strict().read(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (DocumentException e) {
      throw new InputException(file + ": not a valid registry document: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new InputException(file + ": " + UntocCommand.tooLarge(), e);
    }
  }
}
