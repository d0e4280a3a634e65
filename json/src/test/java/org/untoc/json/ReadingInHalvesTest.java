package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Topic;
import org.untoc.core.Untoc;

/**
 * Reading a document in two halves ({@link SecondHalf}) gives what reading it on one thread
 * gives: the same registry, in the same order, or the same errors. Each test reads the second
 * half first, on the test thread, so that whether the first half takes it over does not depend
 * on the common pool; the tests that expect it to be taken over check that it was.
 */
class ReadingInHalvesTest {
  private static final RegistryJson ONE_THREAD = RegistryJson.builder().parallelFrom(Long.MAX_VALUE).build();
  private static final RegistryJson STRICT = RegistryJson.strict();
  private static final byte[] REFERENCE = STRICT.writeBytes(Untoc.reference());

  /** Reads the second half now, then the document; returns the half, for what it tells. */
  private static SecondHalf readInHalves(RegistryJson json, byte[] doc, Registry[] into) {
    SecondHalf half = json.secondHalf(doc);
    assertNotNull(half, "no second half found");
    half.invoke();
    into[0] = json.read(doc, half);
    return half;
  }

  private static void assertSameOrder(Registry expected, Registry actual) {
    assertEquals(expected.editions(), actual.editions());
    assertEquals(expected.entities(), actual.entities());
    assertEquals(expected.relations(), actual.relations());
  }

  /** Reads a document whose second half is not to be taken over, and asserts that it was not. */
  private static void assertReadOnOneThread(byte[] doc, SecondHalf half, Registry expected) {
    Registry read = STRICT.read(doc, half);
    assertFalse(half.taken(), "the second half was taken over");
    assertSameOrder(expected, read);
  }

  @Test
  void theReferenceDocumentIsReadInHalvesAsOnOneThread() {
    Registry[] read = new Registry[1];
    SecondHalf half = readInHalves(STRICT, REFERENCE, read);
    assertTrue(half.taken(), "the second half was not taken over");
    assertSameOrder(ONE_THREAD.read(REFERENCE), read[0]);
    assertArrayEquals(REFERENCE, STRICT.writeBytes(read[0]));
  }

  @Test
  void theSecondHalfStartsAtAnItemOfATopLevelArrayNotAtANameWithinOne() {
    int start = STRICT.secondHalf(REFERENCE).start();
    String before = new String(REFERENCE, start - 7, 7, StandardCharsets.UTF_8);
    assertEquals("},\n    ", before, "the second half starts after " + before);
  }

  @Test
  void theDocumentReadInHalvesByTheCommonPoolIsTheSame() {
    RegistryJson json = RegistryJson.builder().parallelFrom(1024).build();
    for (int i = 0; i < 20; i++) {
      assertSameOrder(ONE_THREAD.read(REFERENCE), json.read(REFERENCE));
    }
  }

  @Provide
  Arbitrary<Registry> registries() {
    return RegistryArbitraries.registries(40);
  }

  @Property(tries = 200)
  void generatedDocumentsReadInHalvesAsOnOneThread(@ForAll("registries") Registry registry) {
    byte[] doc = STRICT.writeBytes(registry);
    SecondHalf half = STRICT.secondHalf(doc);
    if (half == null) {
      return;
    }
    half.invoke();
    Registry read = STRICT.read(doc, half);
    assertSameOrder(ONE_THREAD.read(doc), read);
    assertArrayEquals(doc, STRICT.writeBytes(read));
  }

  /** A change to the reference document after the start of its second half, and its name. */
  record Change(String name, UnaryOperator<String> edit, boolean readToTheEnd) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Returns bytes as text, one character per byte, so that offsets in one are offsets in the other. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Returns the reference document with {@code edit} applied to the part after its middle. */
  private static byte[] afterTheMiddle(UnaryOperator<String> edit) {
    String doc = text(REFERENCE);
    int start = STRICT.secondHalf(REFERENCE).start();
    return bytes(doc.substring(0, start) + edit.apply(doc.substring(start)));
  }

  private static String once(String s, String target, String replacement) {
    int i = s.indexOf(target);
    assertTrue(i >= 0, "no " + target);
    return s.substring(0, i) + replacement + s.substring(i + target.length());
  }

  static Stream<Change> changes() {
    return Stream.of(
        new Change("an unknown key", s -> once(s, "\"kind\": ", "\"colour\": \"red\", \"kind\": "), false),
        new Change("a value of the wrong type", s -> once(s, "\"names\": [", "\"names\": 7, \"x\": ["), false),
        new Change("a dangling reference", s -> once(s, "\"to\": \"", "\"to\": \"no-such-"), true),
        new Change("a duplicate id", s -> once(s, "\"id\": \"", "\"id\": \"ad-hoc-committee\", \"x\": \""), false),
        new Change("a second entity with the first id",
            s -> once(s, "\"id\": \"", "\"id\": \"ad-hoc-committee\"}, {\"id\": \"x"), false),
        new Change("an unknown kind", s -> once(s, "\"kind\": \"", "\"kind\": \"x"), false),
        new Change("an unknown edition", s -> once(s, "\"editions\": [\"", "\"editions\": [\"x"), true),
        new Change("the entities a second time", s -> once(s, "\n}", ", \"entities\": []\n}"), true),
        new Change("the format a second time", s -> once(s, "\n}", ", \"format\": \"untoc-registry\"\n}"), true),
        new Change("the wrong format at the end", s -> once(s, "\n}", ", \"format\": \"other\"\n}"), false),
        new Change("no relations", s -> s.substring(0, s.indexOf("],\n  \"relations\"")) + "]\n}", true),
        new Change("tokens after the document", s -> s + " {}", false),
        new Change("a document cut short", s -> s.substring(0, s.length() / 2), false),
        new Change("null for a name", s -> once(s, "\"text\": \"", "\"text\": null, \"x\": \""), false),
        new Change("a comment", s -> once(s, "\"kind\"", "/* c */ \"kind\""), false));
  }

  /**
   * Whatever is wrong after the middle, reading in halves reports what reading on one thread
   * does. {@code readToTheEnd} tells whether the error is one the second half cannot see alone,
   * so that it is the first half that must find it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void errorsAfterTheMiddleAreThoseOfAReadOnOneThread(Change change) {
    byte[] doc = afterTheMiddle(change.edit());
    DocumentException expected = assertThrows(DocumentException.class, () -> ONE_THREAD.read(doc));
    SecondHalf half = STRICT.secondHalf(doc);
    assertNotNull(half);
    assertEquals(change.readToTheEnd(), half.invoke(), "whether the second half read to the end");
    DocumentException actual = assertThrows(DocumentException.class, () -> STRICT.read(doc, half));
    assertEquals(expected.problems(), actual.problems());
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  @Test
  void anUnknownKeyAfterTheMiddleIsSkippedByALenientReaderInHalves() {
    RegistryJson lenient = RegistryJson.builder().lenient(true).build();
    byte[] doc = afterTheMiddle(s -> once(s, "\"kind\": ", "\"colour\": {\"x\": [1]}, \"kind\": "));
    Registry[] read = new Registry[1];
    assertTrue(readInHalves(lenient, doc, read).taken());
    assertSameOrder(ONE_THREAD.read(REFERENCE), read[0]);
  }

  /** Returns the reference document without white space between its tokens. */
  private static String compact() throws IOException {
    JsonFactory factory = new JsonFactory();
    StringWriter out = new StringWriter();
    try (JsonParser p = factory.createParser(REFERENCE); JsonGenerator g = factory.createGenerator(out)) {
      while (p.nextToken() != null) {
        g.copyCurrentEvent(p);
      }
    }
    return out.toString();
  }

  @Test
  void aGuessInsideAStringIsNotTakenOver() throws IOException {
    // No line of a document can begin inside a string; in one without line ends, the guess may
    // fall inside a string that looks like the end of one item and the start of the next: here
    // the text of a name near the middle, long enough to hold the middle of the document.
    String doc = text(compact().getBytes(StandardCharsets.UTF_8));
    int text = doc.indexOf("\"text\":\"", doc.length() / 2) + "\"text\":\"".length();
    String fake = "x},{".repeat(20_000);
    byte[] bytes = bytes(doc.substring(0, text) + fake + doc.substring(text));
    SecondHalf half = STRICT.secondHalf(bytes);
    assertNotNull(half);
    assertTrue(half.start() > text && half.start() < text + fake.length(), "the guess falls inside the string");
    assertFalse(half.invoke(), "the second half read to the end");
    assertReadOnOneThread(bytes, half, ONE_THREAD.read(bytes));
  }

  @Test
  void entitiesWhoseFirstKeyIsNotTheIdAreReadOnOneThread() {
    // the entity at the start of the second half gives its kind before its id: valid, but the
    // second half guesses that it is reading relations and fails
    String doc = text(REFERENCE);
    int start = STRICT.secondHalf(REFERENCE).start();
    int id = doc.indexOf("\n", start);
    int kind = doc.indexOf("\n", id + 1);
    int end = doc.indexOf("\n", kind + 1);
    assertTrue(doc.substring(id, kind).contains("\"id\": ") && doc.substring(kind, end).contains("\"kind\": "));
    String edited = doc.substring(0, id) + doc.substring(kind, end) + doc.substring(id, kind) + doc.substring(end);
    byte[] bytes = bytes(edited);
    SecondHalf half = STRICT.secondHalf(bytes);
    assertNotNull(half);
    assertEquals(start, half.start());
    assertFalse(half.invoke(), "the second half read to the end");
    assertReadOnOneThread(bytes, half, ONE_THREAD.read(REFERENCE));
  }

  @Test
  void aCancelledSecondHalfStopsAtItsFirstItem() {
    SecondHalf half = STRICT.secondHalf(REFERENCE);
    half.cancel();
    assertFalse(half.invoke());
    assertReadOnOneThread(REFERENCE, half, ONE_THREAD.read(REFERENCE));
  }

  @Test
  void noSecondHalfIsFoundInADocumentThatMayNotBeUtf8() {
    byte[] utf16 = new String(REFERENCE, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(null, STRICT.secondHalf(utf16));
    assertSameOrder(ONE_THREAD.read(REFERENCE), RegistryJson.builder().parallelFrom(1024).build().read(utf16));
  }

  /** Every malformed document of the corpus gives the same error read in halves, where it has two. */
  @Test
  void theMalformedCorpusGivesTheSameErrorsReadInHalves() throws IOException {
    int halves = 0;
    for (Path p : Corpus.malformed()) {
      byte[] doc = Files.readAllBytes(p);
      RegistryJson json = Corpus.readerFor(p);
      SecondHalf half = json.secondHalf(doc);
      if (half == null) {
        continue;
      }
      halves++;
      half.invoke();
      DocumentException expected = assertThrows(DocumentException.class, () -> json.read(doc, null));
      DocumentException actual = assertThrows(DocumentException.class, () -> json.read(doc, half), p.toString());
      assertEquals(expected.getMessage(), actual.getMessage(), p.toString());
    }
    assertTrue(halves >= 10, "only " + halves + " documents of the corpus have a second half");
  }

  /** A registry of topics and the programmes that address them, many relations to each entity. */
  private static Registry topics(int programmes, int topics, int relations) {
    Registry.Builder b = Registry.builder()
        .addEdition(Edition.builder().id(EditionId.of("e")).title("E").source("seed.txt").build());
    Provenance p = Provenance.stated("seed.txt", "the Programme addresses the Topic");
    for (int i = 0; i < topics; i++) {
      b.add(Topic.builder().id(EntityId.of("topic-" + i)).addName(Name.official("Topic " + i, p)).addProvenance(p).build());
    }
    for (int i = 0; i < programmes; i++) {
      b.add(Programme.builder().id(EntityId.of("programme-" + i)).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
          .addName(Name.official("Programme " + i, p)).addProvenance(p).build());
      for (int j = 0; j < relations; j++) {
        b.relate(Relation.of(EntityId.of("programme-" + i), RelationKind.ADDRESSES, EntityId.of("topic-" + (i + j) % topics), p));
      }
    }
    return b.build();
  }

  @Test
  void aSecondHalfAmongTheRelationsIsTakenOver() {
    byte[] doc = STRICT.writeBytes(topics(40, 40, 30));
    Registry[] read = new Registry[1];
    SecondHalf half = readInHalves(STRICT, doc, read);
    assertTrue(text(doc).lastIndexOf("\"relations\"", half.start()) > 0, "the second half starts among the entities");
    assertTrue(half.taken());
    assertSameOrder(ONE_THREAD.read(doc), read[0]);
  }

  @Test
  void topLevelKeysInAnotherOrderAreReadInHalvesAsOnOneThread() {
    // the editions after the relations, so that the second half reads them
    String doc = text(REFERENCE);
    int editions = doc.indexOf("  \"editions\"");
    int entities = doc.indexOf("  \"entities\"");
    String moved = doc.substring(0, editions) + doc.substring(entities, doc.lastIndexOf("\n}"))
        + ",\n" + doc.substring(editions, entities - 2) + "\n}";
    byte[] bytes = bytes(moved);
    Registry[] read = new Registry[1];
    assertTrue(readInHalves(STRICT, bytes, read).taken());
    assertSameOrder(ONE_THREAD.read(REFERENCE), read[0]);
  }

  @Test
  void aDocumentWithAByteOrderMarkIsReadInHalvesAsOnOneThread() {
    byte[] bom = new byte[REFERENCE.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(REFERENCE, 0, bom, 3, REFERENCE.length);
    Registry[] read = new Registry[1];
    assertTrue(readInHalves(STRICT, bom, read).taken());
    assertSameOrder(ONE_THREAD.read(REFERENCE), read[0]);
  }

  @Test
  void aReadFromAWorkerOfTheCommonPoolIsTheSame() throws Exception {
    RegistryJson json = RegistryJson.builder().parallelFrom(1024).build();
    List<Future<Registry>> reads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      reads.add(ForkJoinPool.commonPool().submit(() -> json.read(REFERENCE)));
    }
    Registry expected = ONE_THREAD.read(REFERENCE);
    for (Future<Registry> read : reads) {
      assertSameOrder(expected, read.get(60, TimeUnit.SECONDS));
    }
  }

  @Test
  void secondHalvesReadOnTheCommonPoolAreTakenOver() {
    byte[] doc = STRICT.writeBytes(topics(2000, 2000, 1));
    Registry expected = ONE_THREAD.read(doc);
    int taken = 0;
    for (int i = 0; i < 10; i++) {
      SecondHalf half = STRICT.secondHalf(doc).fork();
      assertSameOrder(expected, STRICT.read(doc, half));
      taken += half.taken() ? 1 : 0;
    }
    assertTrue(taken > 0, "no second half read on the common pool was taken over");
  }

  @Test
  void aSecondHalfStopsOnceTheFirstFindsAnError() {
    String doc = text(STRICT.writeBytes(topics(2000, 2000, 1)));
    byte[] bytes = bytes(once(doc, "\"version\": 1", "\"version\": 2"));
    SecondHalf half = STRICT.secondHalf(bytes).fork();
    assertThrows(DocumentException.class, () -> STRICT.read(bytes, half));
    assertFalse(half.join(), "the second half read to the end");
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, REFERENCE.length - 1);
    Arbitrary<String> by = Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "0",
        "null", "\"x\"", "\"x\": 1,", "}, {", "\"id\": \"unodc\",", "\u00e9");
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 3);
    return Combinators.combine(at.list().ofMinSize(1).ofMaxSize(3), by.list().ofSize(3), cut).as((where, what, n) -> {
      String doc = text(REFERENCE);
      for (int i = 0; i < where.size(); i++) {
        int w = Math.min(where.get(i), doc.length());
        doc = doc.substring(0, w) + what.get(i) + doc.substring(Math.min(doc.length(), w + n));
      }
      return doc.getBytes(StandardCharsets.ISO_8859_1);
    });
  }

  /** Whatever a document holds, strict or lenient, reading it in halves gives what one thread gives. */
  @Property(tries = 300)
  void mutatedDocumentsReadInHalvesAsOnOneThread(@ForAll("mutated") byte[] doc, @ForAll boolean lenient) {
    RegistryJson json = RegistryJson.builder().lenient(lenient).build();
    SecondHalf half = json.secondHalf(doc);
    if (half != null) {
      half.invoke();
    }
    Object expected = outcome(() -> json.read(doc, null));
    Object actual = outcome(() -> json.read(doc, half));
    assertEquals(expected, actual);
  }

  /** Returns what a read gives, as something that equals what an equal read gives. */
  private static Object outcome(java.util.function.Supplier<Registry> read) {
    try {
      Registry r = read.get();
      return List.of(r.editions(), r.entities(), r.relations());
    } catch (DocumentException e) {
      return e.problems();
    }
  }

  @Test
  void theLengthFromWhichDocumentsAreReadInHalvesIsChecked() {
    assertEquals(RegistryJson.DEFAULT_PARALLEL_FROM, STRICT.parallelFrom());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegistryJson.builder().parallelFrom(1023));
    assertEquals("the length must be at least 1024, found 1023", e.getMessage());
    assertEquals(List.of(1024L), List.of(RegistryJson.builder().parallelFrom(1024).build().parallelFrom()));
  }
}
