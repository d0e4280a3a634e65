package org.untoc.core.bench;

import com.google.common.collect.ImmutableList;
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
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.Synthetic;

/**
 * Building a registry (integrity check and indexes) from generated editions, entities and
 * relations, beside a baseline that builds the hand-written hash maps and adjacency lists of one
 * edition from the same data. Each build is timed once (single shot), in a JVM of its own that
 * holds only the input data, as a program that reads its data and builds its registry would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class BuildBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int size;

  private Registry.Builder builder;
  private ImmutableList<Entity> entities;
  private ImmutableList<Relation> relations;
  private EditionId latest;

  @Setup(Level.Trial)
  public void setUp() {
    Registry generated = Synthetic.registry(size, Fixture.EDITIONS, Fixture.SEED);
    builder = generated.toBuilder();
    entities = generated.entities();
    relations = generated.relations();
    latest = generated.latest().id();
  }

  @Benchmark
  public Registry build() {
    return builder.build();
  }

  @Benchmark
  public Object baselineBuild() {
    return new Baseline(entities, relations, latest);
  }
}
