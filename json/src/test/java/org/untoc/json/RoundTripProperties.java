package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.untoc.json.Registries.assertSameRegistry;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.untoc.core.Registry;

class RoundTripProperties {
  private final RegistryJson json = RegistryJson.strict();

  @Provide
  Arbitrary<Registry> registries() {
    return RegistryArbitraries.registries(40);
  }

  @Property(tries = 300)
  void writeThenReadGivesAnEqualRegistry(@ForAll("registries") Registry registry) {
    assertSameRegistry(registry, json.read(json.writeBytes(registry)));
  }

  @Property(tries = 300)
  void writeReadWriteGivesIdenticalBytes(@ForAll("registries") Registry registry) {
    byte[] once = json.writeBytes(registry);
    assertArrayEquals(once, json.writeBytes(json.read(once)));
  }

  @Property(tries = 100)
  void theModuleWritesAndReadsTheSameRegistry(@ForAll("registries") Registry registry) throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new UntocModule());
    String doc = mapper.writeValueAsString(registry);
    assertSameRegistry(registry, mapper.readValue(doc, Registry.class));
    assertSameRegistry(registry, json.read(doc));
  }
}
