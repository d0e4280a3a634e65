package org.untoc.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The test documents under {@code src/test/resources/org/untoc/json}. */
final class Corpus {
  private Corpus() {}

  /** Returns the directory of a resource folder of this package. */
  static Path dir(String name) {
    URL url = Objects.requireNonNull(Corpus.class.getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the malformed documents, in order of their names. */
  static List<Path> malformed() {
    try (Stream<Path> files = Files.list(dir("malformed"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the name of a document without its extension. */
  static String name(Path p) {
    String f = p.getFileName().toString();
    return f.substring(0, f.lastIndexOf('.'));
  }

  /** Returns the reader a corpus document is meant for: lenient for names with "lenient". */
  static RegistryJson readerFor(Path p) {
    return name(p).contains("lenient") ? RegistryJson.builder().lenient(true).build() : RegistryJson.strict();
  }
}
