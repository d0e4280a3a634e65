package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every document of the malformed corpus and checks the exact error it produces: the
 * message of the {@link DocumentException} (pointer, line, column, found, expected) must equal
 * the {@code .expected} file beside the document. After a deliberate change to the messages,
 * {@code -Duntoc.corpus.update=true} writes each document's message to its {@code .expected}
 * file in the sources and checks that file.
 */
class MalformedDocumentTest {
  /** The corpus in the sources, which {@code -Duntoc.corpus.update=true} rewrites. */
  private static final Path SOURCES = Path.of("src/test/resources/org/untoc/json/malformed");


  static Stream<Path> documents() {
    return Corpus.malformed().stream();
  }

  @Test
  void corpusHasAtLeastFortyDocumentsEachWithItsExpectedError() {
    List<Path> docs = Corpus.malformed();
    assertTrue(docs.size() >= 40, "corpus size " + docs.size());
    for (Path p : docs) {
      assertTrue(Files.exists(expectedFile(p)), "no expected error for " + p.getFileName());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void rejectsWithTheExactError(Path doc) throws IOException {
    byte[] bytes = Files.readAllBytes(doc);
    DocumentException e = assertThrows(DocumentException.class, () -> Corpus.readerFor(doc).read(bytes));
    Path expected = expectedFile(doc);
    if (Boolean.getBoolean("untoc.corpus.update")) {
      // into the sources, where the next build takes it from, and checked there
      expected = SOURCES.resolve(expected.getFileName());
      Files.writeString(expected, e.getMessage() + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), e.getMessage() + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void rejectsTheSameWayFromAStream(Path doc) throws IOException {
    byte[] bytes = Files.readAllBytes(doc);
    DocumentException fromBytes = assertThrows(DocumentException.class, () -> Corpus.readerFor(doc).read(bytes));
    DocumentException fromStream = assertThrows(DocumentException.class,
        () -> Corpus.readerFor(doc).read(new java.io.ByteArrayInputStream(bytes)));
    assertEquals(fromBytes.getMessage(), fromStream.getMessage());
  }

  static Path expectedFile(Path doc) {
    return doc.resolveSibling(Corpus.name(doc) + ".expected");
  }
}
