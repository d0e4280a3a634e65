package org.untoc.json.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
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
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.json.RegistryJson;

/**
 * Reading and writing registry documents of 10^3, 10^5 and 10^6 entities, beside baselines on
 * the same bytes in the same run: {@code tokenize} only walks the tokens with Jackson's
 * streaming parser (reading each string and key, as a reader must), {@code copy} copies them
 * token by token to a pretty-printing generator. Compare {@code read} with {@code tokenize} and
 * {@code write} with {@code copy}, as ratios; {@code build} is the part of a read that building
 * the registry from what was read takes.
 *
 * <pre>
 * ./mvnw -B -q -pl json -am -Pbench verify -DskipTests
 * ./mvnw -B -q -pl json -am -Pbench verify -DskipTests -Djmh.args="-p entities=1000,100000 DocumentBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class DocumentBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int entities;

  private final RegistryJson json = RegistryJson.strict();
  private final JsonFactory factory = new JsonFactory();
  private Registry registry;
  private byte[] document;
  private ByteArrayOutputStream out;

  @Setup(Level.Trial)
  public void setUp() {
    registry = registry(entities);
    document = json.writeBytes(registry);
    out = new ByteArrayOutputStream(document.length + 1024);
  }

  /**
   * Collects the garbage of the setup and of the last iteration before each iteration, so that
   * no iteration pays for another's, baseline or not.
   */
  @Setup(Level.Iteration)
  public void collect() {
    System.gc();
  }

  /** Builds a registry: units in a tree, programmes run by units, topics they address. */
  static Registry registry(int n) {
    EditionId old = EditionId.of("old");
    EditionId current = EditionId.of("current");
    Provenance p = Provenance.stated("seeds/000.txt", "the Section runs the Programme");
    Registry.Builder b = Registry.builder()
        .addEdition(Edition.builder().id(old).title("Old").source("seeds/001.txt").build())
        .addEdition(Edition.builder().id(current).title("Current").source("seeds/000.txt").build());
    int units = Math.max(1, n / 10);
    int programmes = n * 3 / 10;
    int topics = n - units - programmes;
    for (int i = 0; i < units; i++) {
      b.add(Unit.builder().id(EntityId.of("unit-" + i)).unitType(i == 0 ? UnitType.OFFICE : UnitType.SECTION)
          .addName(Name.official("Unit number " + i, p)).addName(Name.acronym("U" + i, p)).addProvenance(p).build());
      if (i > 0) {
        b.relate(Relation.of(EntityId.of("unit-" + i), RelationKind.PART_OF, EntityId.of("unit-" + (i - 1) / 8), p));
      }
    }
    for (int i = 0; i < topics; i++) {
      b.add(Topic.builder().id(EntityId.of("topic-" + i)).addName(Name.official("Topic number " + i, p))
          .addProvenance(p).build());
    }
    for (int i = 0; i < programmes; i++) {
      EntityId id = EntityId.of("programme-" + i);
      b.add(Programme.builder().id(id).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
          .addName(Name.official("Global Programme number " + i, p)).addProvenance(p).build());
      b.relate(Relation.of(EntityId.of("unit-" + i % units), RelationKind.RUNS, id, p).in(current));
      if (topics > 0) {
        b.relate(Relation.of(id, RelationKind.ADDRESSES, EntityId.of("topic-" + i % topics), p));
      }
    }
    return b.build();
  }

  @Benchmark
  public Registry read() {
    return json.read(document);
  }

  /** The registry of one read of the document, held only by the JVM that runs {@link #build}. */
  @State(Scope.Benchmark)
  public static class ReadOnce {
    Registry registry;

    @Setup(Level.Trial)
    public void setUp(DocumentBenchmark benchmark) {
      registry = benchmark.json.read(benchmark.document);
    }
  }

  /**
   * Builds the registry again from the editions, entities and relations of one read: the part of
   * {@link #read} that the registry builder and its integrity check take.
   */
  @Benchmark
  public Registry build(ReadOnce once) {
    Registry.Builder b = Registry.builder();
    once.registry.editions().forEach(b::addEdition);
    return b.addAll(once.registry.entities()).relateAll(once.registry.relations()).build();
  }

  @Benchmark
  public void tokenize(Blackhole bh) throws IOException {
    try (JsonParser p = factory.createParser(document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          bh.consume(p.getText());
        }
      }
    }
  }

  @Benchmark
  public int write() {
    return json.writeBytes(registry).length;
  }

  @Benchmark
  public int copy() throws IOException {
    out.reset();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    try (JsonParser p = factory.createParser(document);
         JsonGenerator g = factory.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter).withArrayIndenter(indenter));
      while (p.nextToken() != null) {
        g.copyCurrentEvent(p);
      }
    }
    return out.size();
  }
}
