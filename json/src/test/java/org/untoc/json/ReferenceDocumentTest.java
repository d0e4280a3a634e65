package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.untoc.json.Registries.assertSameRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.untoc.core.Untoc;

/**
 * Compares the published reference document, {@value RegistryJson#REFERENCE_RESOURCE}, byte for
 * byte with the reference registry as written today, so that every change to the data shows in
 * review as a change to that file. After a deliberate change to the data, regenerate it with
 * {@code ./mvnw -B -q -pl json -am test -Dtest=ReferenceDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Duntoc.golden.update=true}.
 */
class ReferenceDocumentTest {
  private static final Path SOURCE = Path.of("src/main/resources" + RegistryJson.REFERENCE_RESOURCE);

  private static byte[] published() throws IOException {
    try (InputStream in = Objects.requireNonNull(RegistryJson.class.getResourceAsStream(RegistryJson.REFERENCE_RESOURCE))) {
      return in.readAllBytes();
    }
  }

  @Test
  void publishedDocumentIsTheReferenceRegistryByteForByte() throws IOException {
    byte[] written = RegistryJson.strict().writeBytes(Untoc.reference());
    byte[] golden = published();
    if (Boolean.getBoolean("untoc.golden.update")) {
      // the class path still holds the file as it was: check the one just written
      Files.write(SOURCE, written);
      golden = Files.readAllBytes(SOURCE);
    }
    assertEquals(new String(written, StandardCharsets.UTF_8), new String(golden, StandardCharsets.UTF_8));
  }

  @Test
  void publishedDocumentReadsBackAsTheReferenceRegistry() throws IOException {
    assertSameRegistry(Untoc.reference(), RegistryJson.strict().read(published()));
  }

  @Test
  void publishedDocumentIsValidAgainstTheSchema() throws IOException {
    assertEquals(Set.of(), SchemaTest.validate(published()));
  }
}
