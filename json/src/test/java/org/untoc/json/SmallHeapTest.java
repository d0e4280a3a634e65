package org.untoc.json;

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
 * A document within the limits but too large for the heap is reported as a {@link
 * DocumentException}, not an {@code OutOfMemoryError}: read in a separate JVM with a small heap.
 */
class SmallHeapTest {
  @TempDir
  Path dir;

  @Test
  void aDocumentTooLargeForTheHeapIsADocumentException() throws IOException, InterruptedException {
    Path doc = dir.resolve("large.json");
    try (BufferedWriter w = Files.newBufferedWriter(doc, UTF_8)) {
      w.write("{\"format\": \"untoc-registry\", \"version\": 1, \"editions\": [{\"id\": \"e1\", \"title\": \"E\","
          + " \"source\": \"s\"}], \"entities\": [\n");
      for (int i = 0; i < 400_000; i++) {
        w.write((i == 0 ? "" : ",\n") + "{\"id\": \"t" + i + "\", \"kind\": \"topic\", \"names\": [{\"type\":"
            + " \"official\", \"text\": \"Topic number " + i + "\", \"provenance\": {\"basis\": \"public-record\","
            + " \"source\": \"generated for a test of the heap\"}}], \"provenance\": [{\"basis\": \"public-record\","
            + " \"source\": \"generated for a test of the heap\"}]}");
      }
      w.write("], \"relations\": []}\n");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
        "org.untoc.json.heap.SmallHeapMain", doc.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8).strip();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the reader ends");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.matches("DocumentException: at the document root \\(line 1, column 1\\): found a document too "
        + "large for this heap \\(\\d+ MB\\), expected a document that fits in memory: a larger heap \\(-Xmx\\), "
        + "or a smaller maximum document length \\(now 1073741824 bytes\\)"), out);
    assertTrue(!out.contains("OutOfMemoryError"), out);
  }
}
