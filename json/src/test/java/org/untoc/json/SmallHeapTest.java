package org.untoc.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.core.UnitType;
import org.untoc.core.Unit;
import org.untoc.core.RelationKind;
import org.untoc.core.Relation;
import org.untoc.core.Registry;
import org.untoc.core.Provenance;
import org.untoc.core.Name;
import org.untoc.core.EntityId;
import org.untoc.core.EditionId;
import org.untoc.core.Edition;

/** What a registry read takes in heap: documents read in a separate JVM with a small heap. */
class SmallHeapTest {
  @TempDir
  Path dir;

  /**
   * A document whose every entity and relation cites a source of its own reads in a heap of twice
   * the size of the document.
   */
  @Test
  void aDocumentReadsInAHeapOfTwiceItsSizeWhenNothingInItRepeats() throws IOException, InterruptedException {
    int n = 100_000;
    Registry.Builder b = Registry.builder()
        .addEdition(Edition.builder().id(EditionId.of("e1")).title("E").source("s").build());
    for (int i = 0; i < n; i++) {
      Provenance p = Provenance.stated("seeds/" + i + ".txt", "the Section number " + i + " is part of the Branch");
      b.add(Unit.builder().id(EntityId.of("unit-" + i)).unitType(UnitType.SECTION)
          .addName(Name.official("Section number " + i, p)).addName(Name.acronym("S" + i, p)).addProvenance(p).build());
      if (i > 0) {
        b.relate(Relation.of(EntityId.of("unit-" + i), RelationKind.PART_OF, EntityId.of("unit-" + (i - 1) / 8),
            Provenance.inferred("seeds/" + i + ".txt", "section " + i + " sits under section " + (i - 1) / 8)));
      }
    }
    Path doc = dir.resolve("distinct.json");
    RegistryJson.strict().write(b.build(), doc);
    long megabytes = Files.size(doc) >> 20;
    assertEquals("read Registry[1 editions, 100000 entities, 99999 relations, latest e1]",
        read(doc, 2 * megabytes, "file"), megabytes + " MB");
  }

  /** Reads a document in a JVM of the given heap, from its file or its bytes; returns what it printed. */
  private static String read(Path doc, long megabytes, String from) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx" + megabytes + "m", "-cp",
        System.getProperty("java.class.path"), "org.untoc.json.heap.SmallHeapMain", doc.toString(), from)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8).strip();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the reader ends");
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
