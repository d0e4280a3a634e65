package org.untoc.json.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.untoc.core.EntityId;
import org.untoc.json.UntocModule;

/** Run on the module path by {@code ModulePathTest}: prints what findAndRegisterModules finds. */
public final class ModulePathMain {
  private ModulePathMain() {}

  /**
   * Prints the registered module ids, the module of {@link UntocModule} and an id written by
   * the mapper.
   *
   * @param args not used
   * @throws Exception if writing fails
   */
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    System.out.println(mapper.getRegisteredModuleIds() + " " + UntocModule.class.getModule().getName() + " "
        + mapper.writeValueAsString(EntityId.of("cmls")));
  }
}
