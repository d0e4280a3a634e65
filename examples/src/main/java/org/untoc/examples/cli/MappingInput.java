package org.untoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.untoc.json.mapping.MappingTable;
import picocli.CommandLine.Option;

/**
 * The mapping table a command reads, a file or standard input for {@code -}, and how its cells
 * are delimited. A table that breaks its format as a whole throws its own {@link
 * org.untoc.json.mapping.MappingTableException}; a file that cannot be read throws an {@link
 * InputException}.
 */
final class MappingInput {
  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "The delimiter of a CSV table's cells: ',', ';', 'tab' or another character; by default"
          + " whichever of comma, semicolon and tab the header row holds most of.")
  @Nullable String delimiter;

  /** Returns the delimiter given, or 0 for none. */
  private char delimiter() {
    if (delimiter == null) {
      return 0;
    }
    String d = delimiter.toLowerCase(Locale.ROOT);
    if (d.equals("tab") || d.equals("\\t") || d.equals("\t")) {
      return '\t';
    }
    if (d.length() != 1 || d.equals("\"")) {
      throw new InputException("--delimiter takes one character other than a quote, or 'tab'; found '"
          + delimiter + "'");
    }
    return d.charAt(0);
  }

  /**
   * Opens the table and runs the command's work on it.
   *
   * @param file the file, or {@code -} for standard input
   * @param stdin standard input
   * @param work the work
   * @return what the work returns
   */
  <T> T read(String file, InputStream stdin, Function<MappingTable, T> work) {
    String name = file.equals("-") ? "standard input" : file;
    char d = delimiter();
    if (!file.equals("-")) {
      Path path = Path.of(file);
      if (!Files.exists(path)) {
        throw new InputException(name + ": no such file");
      }
      if (Files.isDirectory(path)) {
        throw new InputException(name + ": is a directory, not a mapping file");
      }
    }
    try (MappingTable table = file.equals("-")
        ? d == 0 ? MappingTable.read(stdin, name) : MappingTable.read(stdin, name, d)
        : d == 0 ? MappingTable.open(Path.of(file)) : MappingTable.open(Path.of(file), d)) {
      return work.apply(table);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
    } catch (OutputException e) {
      throw e;
    } catch (UncheckedIOException e) {
      throw new InputException(name + ": cannot be read: " + e.getCause().getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new InputException(name + ": " + UntocCommand.tooLarge(), e);
    }
  }
}
