package org.untoc.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates a mapping file of a million rows with the packaged tool in a heap far smaller than
 * the file: the rows stream.
 */
class LargeFileIT {
  @TempDir
  Path dir;

  @Test
  void aMillionRowsValidateInA64MegabyteHeap() throws IOException, InterruptedException {
    Path csv = dir.resolve("million.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, UTF_8)) {
      w.write("programme,unit,edition,ticket\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write(i % 2 == 0 ? "GPML,CMLS,," : "GFP,ISS,ocb-brochure,");
        w.write("T-" + i + "\n");
      }
    }
    assertTrue(Files.size(csv) > 64L * 1024 * 1024 / 3, "the file is not small next to the heap");
    Path summary = dir.resolve("out.txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-jar", "target/untoc.jar", "validate",
        csv.toString(), "--format", "json")
        .redirectOutput(summary.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "validation ends");
    assertEquals(0, p.exitValue(), "every row agrees");
    String tail = Files.readString(summary, UTF_8);
    tail = tail.substring(tail.lastIndexOf("\"summary\""));
    assertTrue(tail.contains("\"total\" : 1000000"), tail);
    assertTrue(tail.contains("\"CONSISTENT\" : 500000"), tail);
    assertTrue(tail.contains("\"CONFIRMED\" : 500000"), tail);
  }
}
