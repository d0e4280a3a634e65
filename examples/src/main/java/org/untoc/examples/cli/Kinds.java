package org.untoc.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.untoc.core.EntityKind;
import org.untoc.core.Labelled;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --kind}: an entity kind by its label ({@code unit}, {@code counterpart-type}), in any case. */
final class Kinds implements ITypeConverter<EntityKind>, Iterable<String> {
  @Override
  public EntityKind convert(String value) {
    try {
      return EntityKind.ofLabel(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** Returns the labels, for completion and help. */
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(EntityKind.values()).map(Labelled::label).iterator();
  }
}
