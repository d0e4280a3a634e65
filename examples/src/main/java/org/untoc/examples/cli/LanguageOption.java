package org.untoc.examples.cli;

import org.untoc.core.Name;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The language a command names entities in: {@code --lang TAG}, a BCP 47 tag. An entity without
 * an official name or acronym in that language is named in English; nothing is translated.
 */
final class LanguageOption {
  @Option(names = "--lang", paramLabel = "TAG", converter = Tag.class,
      description = "The language to name entities in, a BCP 47 tag (en, the default; fr, es, ar, zh, ru): an entity"
          + " with no name in it keeps its English name.")
  String language = Name.ENGLISH;

  /** Reads a language tag in its normal form; an ill-formed one is a usage error naming it. */
  static final class Tag implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return Name.parseLanguage(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
