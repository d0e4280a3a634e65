package org.untoc.json.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.untoc.core.EntityId;
import org.untoc.json.UntocModule;

/**
 * Reading single values through the Jackson module: a JSON array of 100,000 entity ids read as
 * {@code List<EntityId>} ({@code ids}) beside the same array read as {@code List<String>}
 * ({@code strings}), with one mapper, in the same run. Compare {@code ids} with {@code strings},
 * as a ratio.
 *
 * <pre>
 * ./mvnw -B -q -pl json -am -Pbench verify -DskipTests -Djmh.args="ModuleBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ModuleBenchmark {
  private static final int IDS = 100_000;

  private ObjectReader ids;
  private ObjectReader strings;
  private byte[] array;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new UntocModule());
    ids = mapper.readerFor(new TypeReference<List<EntityId>>() {});
    strings = mapper.readerFor(new TypeReference<List<String>>() {});
    array = mapper.writeValueAsBytes(IntStream.range(0, IDS).mapToObj(i -> "unit-" + i).toList());
  }

  @Benchmark
  public List<EntityId> ids() throws IOException {
    return ids.readValue(array);
  }

  @Benchmark
  public List<String> strings() throws IOException {
    return strings.readValue(array);
  }
}
