package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.untoc.core.Registry;

/**
 * Fuzzes the reader: for any bytes, reading returns a registry, which writes as a document that
 * reads back to the same bytes, or throws a {@link DocumentException} with a location, and
 * nothing else escapes (no NullPointerException, ClassCastException, StackOverflowError, ...).
 *
 * <p>In the normal build this runs in regression mode over the inputs checked in under {@code
 * src/test/resources/org/untoc/json/RegistryReaderFuzzTestInputs/}. To fuzz for five minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -q -pl json -am test -Dtest=RegistryReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true
 * </pre>
 *
 * <p>A finding is written to that directory as {@code crash-<hash>}: keep it as a regression
 * input, give it a name, and fix the reader.
 */
class RegistryReaderFuzzTest {
  private static final RegistryJson STRICT = RegistryJson.strict();
  private static final RegistryJson LENIENT = RegistryJson.builder().lenient(true).build();

  @FuzzTest(maxDuration = "5m")
  void readsAnyBytesOrThrowsDocumentException(byte[] data) {
    check(STRICT, data);
    check(LENIENT, data);
  }

  private static void check(RegistryJson json, byte[] data) {
    try {
      Registry r = json.read(data);
      // what was read writes as a document that reads back to the same bytes
      byte[] written = STRICT.writeBytes(r);
      assertArrayEquals(written, STRICT.writeBytes(STRICT.read(written)));
    } catch (DocumentException e) {
      assertFalse(e.problems().isEmpty());
      assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
      assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e::getMessage);
    }
  }
}
