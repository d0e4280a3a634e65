package org.untoc.core.bench;

import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.untoc.core.Registry;
import org.untoc.core.Synthetic;

/**
 * Measures with JOL the retained heap of synthetic registries: in all, per entity, and per
 * relation (the registry less the same registry without relations, divided by the relations).
 * Run with {@code ./mvnw -B -pl core -Pbench test-compile exec:exec@heap}; sizes as arguments.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /**
   * Prints one line a size.
   *
   * @param args the sizes, such as {@code 1000 100000}; 1000, 100000 and 1000000 if none
   */
  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"1000", "100000", "1000000"} : args;
    System.out.println("entities  relations  total-bytes  bytes/entity  bytes/relation");
    for (String s : sizes) {
      int size = Integer.parseInt(s);
      Registry full = Synthetic.registry(size, Fixture.EDITIONS, Fixture.SEED);
      Registry.Builder bare = Registry.builder();
      full.editions().forEach(bare::addEdition);
      Registry entitiesOnly = bare.addAll(full.entities()).build();
      long total = GraphLayout.parseInstance(full).totalSize();
      long withoutRelations = GraphLayout.parseInstance(entitiesOnly).totalSize();
      int relations = full.relations().size();
      System.out.println(String.format(Locale.ROOT, "%8d  %9d  %11d  %12.1f  %14.1f", size, relations, total,
          (double) withoutRelations / size, (double) (total - withoutRelations) / relations));
    }
  }
}
