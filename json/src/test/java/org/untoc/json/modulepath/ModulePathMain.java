package org.untoc.json.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import org.untoc.core.EntityId;
import org.untoc.json.UntocModule;
import org.untoc.json.mapping.MappingTable;

/**
 * Run on the module path by {@code ModulePathTest}: prints what findAndRegisterModules finds, and
 * the programme of a mapping table's row.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  /**
   * Prints the registered module ids, the module of {@link UntocModule}, an id written by the
   * mapper and the programme of a row read from a CSV mapping table.
   *
   * @param args not used
   * @throws Exception if writing fails
   */
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    System.out.println(mapper.getRegisteredModuleIds() + " " + UntocModule.class.getModule().getName() + " "
        + mapper.writeValueAsString(EntityId.of("cmls")));
    try (MappingTable table = MappingTable.read(new StringReader("unit,programme\nCMLS,GPML\n"),
        MappingTable.Format.CSV, "table.csv")) {
      System.out.println(table.rows().toList().get(0).programme());
    }
  }
}
