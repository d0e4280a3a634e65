package org.untoc.json;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() {
    String s = RegistryJson.strict().writeString(Samples.sample());
    System.out.println(s);
    System.out.println(RegistryJson.strict().read(s));
  }
}
