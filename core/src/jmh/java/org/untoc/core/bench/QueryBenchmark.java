package org.untoc.core.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.untoc.core.Entity;
import org.untoc.core.Programme;

/**
 * Lookups and traversals of a synthetic registry, each beside its baseline: a plain {@code
 * HashMap} lookup, or a hand-written walk over adjacency lists in hash maps. Compare each pair as
 * a ratio: {@code lookupById / baselineLookupById}, and so on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class QueryBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int size;

  private Fixture f;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    f = Fixture.of(size);
  }

  private int key() {
    next = (next + 1) & (Fixture.KEYS - 1);
    return next;
  }

  @Benchmark
  public Optional<Entity> lookupById() {
    return f.registry.find(f.ids[key()]);
  }

  @Benchmark
  public Optional<Entity> baselineLookupById() {
    return Optional.ofNullable(f.baseline.byId.get(f.ids[key()]));
  }

  @Benchmark
  public Optional<Entity> lookupByAlias() {
    return f.view.find(f.aliases[key()]);
  }

  /** A case-insensitive lookup in a plain HashMap: lower-cases the key, as the registry must. */
  @Benchmark
  public Optional<Entity> baselineLookupByAlias() {
    return Optional.ofNullable(f.baseline.byName.get(f.aliases[key()].toLowerCase(Locale.ROOT)));
  }

  @Benchmark
  public List<Entity> children() {
    return f.view.childrenOf(f.parents[key()]);
  }

  @Benchmark
  public List<Entity> baselineChildren() {
    return List.copyOf(f.baseline.children.getOrDefault(f.parents[key()], List.of()));
  }

  @Benchmark
  public List<Entity> descendants() {
    return f.view.descendantsOf(f.branches[key()]);
  }

  @Benchmark
  public List<Entity> baselineDescendants() {
    List<Entity> out = new ArrayList<>();
    ArrayDeque<Entity> stack = new ArrayDeque<>();
    List<Entity> top = f.baseline.children.getOrDefault(f.branches[key()], List.of());
    for (int i = top.size() - 1; i >= 0; i--) {
      stack.push(top.get(i));
    }
    while (!stack.isEmpty()) {
      Entity e = stack.pop();
      out.add(e);
      List<Entity> kids = f.baseline.children.getOrDefault(e.id(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
    return List.copyOf(out);
  }

  @Benchmark
  public List<Entity> pathToRoot() {
    return f.view.pathToRootOf(f.leaves[key()]);
  }

  @Benchmark
  public List<Entity> baselinePathToRoot() {
    List<Entity> out = new ArrayList<>();
    Entity e = f.baseline.byId.get(f.leaves[key()]);
    while (e != null) {
      out.add(e);
      e = f.baseline.parent.get(e.id());
    }
    return List.copyOf(out);
  }

  @Benchmark
  public List<Programme> programmesOf() {
    return f.view.programmesOf(f.parents[key()]);
  }

  @Benchmark
  public List<Programme> baselineProgrammesOf() {
    return List.copyOf(f.baseline.programmes.getOrDefault(f.parents[key()], List.of()));
  }
}
