package org.untoc.core.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.untoc.core.Registry;

/**
 * Building a registry (integrity check and indexes) from generated editions, entities and
 * relations, beside a baseline that builds the hand-written hash maps and adjacency lists of one
 * edition from the same data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class BuildBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int size;

  private Fixture f;

  @Setup(Level.Trial)
  public void setUp() {
    f = Fixture.of(size);
  }

  @Benchmark
  public Registry build() {
    return f.builder.build();
  }

  @Benchmark
  public Object baselineBuild() {
    return new Baseline(f.registry.entities(), f.registry.relations(), f.view.editionId());
  }
}
