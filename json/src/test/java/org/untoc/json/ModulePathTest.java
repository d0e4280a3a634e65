package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@code findAndRegisterModules()} finds {@link UntocModule} when untoc and Jackson
 * are on the module path, through the {@code provides} clause of {@code org.untoc.json}, and
 * that a mapping table is read there.
 */
class ModulePathTest {
  private static final List<String> MODULES = List.of("core/target/classes", "json/target/classes", "guava-",
      "failureaccess-", "jackson-core-", "jackson-databind-", "jackson-annotations-", "jackson-dataformat-csv-", "jackson-dataformat-yaml-", "snakeyaml-", "rdf4j-", "commons-codec-", "commons-io-", "slf4j-api-",
      "titanium-", "parsson-", "jakarta.json-api-");

  @Test
  void findAndRegisterModulesFindsTheModuleOnTheModulePath() throws IOException, InterruptedException {
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String modulePath = classPath.stream()
        .filter(e -> MODULES.stream().anyMatch(m -> e.replace(File.separatorChar, '/').contains(m))
            || e.matches(".*untoc-core-[^/\\\\]*(?<!-tests)\\.jar"))
        .collect(Collectors.joining(File.pathSeparator));
    String testClasses = classPath.stream().filter(e -> e.endsWith("test-classes")).findFirst().orElseThrow();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath, "--add-modules", "org.untoc.json",
        "-cp", testClasses, "org.untoc.json.modulepath.ModulePathMain")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals("[UntocModule] org.untoc.json \"cmls\"\nGPML", out.replace(System.lineSeparator(), "\n"));
    assertEquals(0, p.exitValue());
  }
}
