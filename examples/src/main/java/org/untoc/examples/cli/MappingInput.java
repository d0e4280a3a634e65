package org.untoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.untoc.json.mapping.MappingTable;

/**
 * Opens the mapping table a command names, a file or standard input for {@code -}, and runs
 * the command's work on it. A table that breaks its format throws its own {@link
 * org.untoc.json.mapping.MappingTableException}; a file that cannot be read throws an {@link
 * InputException}.
 */
final class MappingInput {
  private MappingInput() {}

  static <T> T read(String file, InputStream stdin, Function<MappingTable, T> work) {
    String name = file.equals("-") ? "standard input" : file;
    if (!file.equals("-")) {
      Path path = Path.of(file);
      if (!Files.exists(path)) {
        throw new InputException(name + ": no such file");
      }
      if (Files.isDirectory(path)) {
        throw new InputException(name + ": is a directory, not a mapping file");
      }
    }
    try (MappingTable table = file.equals("-") ? MappingTable.read(stdin, name) : MappingTable.open(Path.of(file))) {
      return work.apply(table);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new InputException(name + ": cannot be read: " + e.getCause().getMessage(), e);
    }
  }
}
