package org.untoc.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every transcript of the tool in README.md, a {@code text} block whose first line is a command
 * after {@code $ }, run in the project's root through the packaged launcher: what it prints,
 * standard output and error together, is the rest of the block. A block that ends in a line
 * {@code ...} shows the first lines only.
 *
 * <p>After a deliberate change to the tool or the data, {@code -Duntoc.readme.update=true}
 * rewrites the transcripts with what the tool prints, keeping each block's length where it ends
 * in {@code ...}.
 */
class ReadmeIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path README = ROOT.resolve("README.md");
  private static final String FENCE = "```";

  /** A transcript: the lines of README.md it spans (the command's line, then its output). */
  private record Transcript(int start, int end, String command, List<String> expected, boolean cut) {}

  @TestFactory
  List<DynamicTest> everyTranscriptPrintsWhatTheToolPrints() throws IOException, InterruptedException {
    List<String> lines = Files.readAllLines(README, UTF_8);
    List<Transcript> transcripts = transcripts(lines);
    assertTrue(transcripts.size() >= 10, "README has its transcripts: " + transcripts.size());
    if (Boolean.getBoolean("untoc.readme.update")) {
      update(lines, transcripts);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Transcript t : transcripts) {
      tests.add(DynamicTest.dynamicTest("line " + (t.start() + 1) + ": " + t.command(), () -> {
        List<String> printed = run(t.command());
        List<String> shown = t.cut() ? printed.subList(0, Math.min(printed.size(), t.expected().size())) : printed;
        assertEquals(String.join("\n", t.expected()), String.join("\n", shown));
      }));
    }
    return tests;
  }

  private static List<Transcript> transcripts(List<String> lines) {
    List<Transcript> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals(FENCE + "text") || i + 1 >= lines.size() || !lines.get(i + 1).startsWith("$ ")) {
        continue;
      }
      int end = i + 2;
      while (!lines.get(end).equals(FENCE)) {
        end++;
      }
      List<String> expected = new ArrayList<>(lines.subList(i + 2, end));
      boolean cut = !expected.isEmpty() && expected.get(expected.size() - 1).equals("...");
      if (cut) {
        expected.remove(expected.size() - 1);
      }
      found.add(new Transcript(i + 1, end, lines.get(i + 1).substring(2), expected, cut));
      i = end;
    }
    return found;
  }

  /** Runs a command in bash in the project's root, with the launcher on the PATH. */
  private static List<String> run(String command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", ROOT.resolve("examples/target") + ":" + System.getenv("PATH"));
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), command);
    return out.lines().toList();
  }

  private static void update(List<String> lines, List<Transcript> transcripts) throws IOException,
      InterruptedException {
    List<String> updated = new ArrayList<>(lines);
    for (int k = transcripts.size() - 1; k >= 0; k--) {
      Transcript t = transcripts.get(k);
      List<String> printed = new ArrayList<>(run(t.command()));
      if (t.cut()) {
        printed = new ArrayList<>(printed.subList(0, Math.min(printed.size(), t.expected().size())));
        printed.add("...");
      }
      List<String> block = updated.subList(t.start() + 1, t.end());
      block.clear();
      block.addAll(printed);
    }
    Files.write(README, updated, UTF_8);
  }
}
