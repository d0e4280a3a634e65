package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.jena.rdf.model.Model;
import org.untoc.core.Registry;
import org.untoc.core.Synthetic;

/** The export of generated registries conforms to the shapes and answers README's questions as the Java API does. */
class LinkedDataPropertiesTest {
  @Property(tries = 8)
  void generatedRegistriesConformAndAnswerAsTheJavaApi(@ForAll @IntRange(min = 10, max = 80) int entities,
      @ForAll @IntRange(min = 1, max = 3) int editions, @ForAll long seed) {
    Registry r = Synthetic.registry(entities, editions, seed);
    Model whole = LinkedData.load(RdfExport.of(r));
    assertEquals(List.of(), LinkedData.messages(whole.getGraph()));
    Sparql.assertSameAnswers(r, Sparql.of(whole));
  }
}
