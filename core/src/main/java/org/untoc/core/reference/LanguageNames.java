package org.untoc.core.reference;

import static org.untoc.core.reference.Facts.pr;

import java.util.List;
import java.util.Map;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.Source;

/**
 * The names of entities in Arabic, Chinese, French, Russian and Spanish, the other official
 * languages of the United Nations, as the public record lists them: each written exactly as the
 * cited official UN page writes it, PUBLIC_RECORD with that page's citation.
 *
 * <p>What the public record marks unverified (the Russian name of UNODC; the Russian and Chinese
 * names of the Convention and its Protocols) is left out, and so is any name it does not list: a
 * language with no recorded name stays empty, and the English name stands in for it, never a
 * translation. A short form is an alias, not an official name: the Review Mechanism's French and
 * Spanish names, the Spanish "Conferencia de las Partes". The French acronyms of the Conference
 * differ between official pages, so neither is entered; the Spanish page gives "CdP". No Arabic or
 * Chinese acronym was seen for any entity.
 */
final class LanguageNames {
  private LanguageNames() {}

  private static final Map<String, List<Name>> BY_ENTITY = Map.of(
      "unodc", List.of(
          name(NameType.OFFICIAL, "fr", "Office des Nations Unies contre la drogue et le crime", Sources.UNOV_FR),
          name(NameType.ACRONYM, "fr", "ONUDC", Sources.UNOV_FR),
          name(NameType.OFFICIAL, "es", "Oficina de las Naciones Unidas contra la Droga y el Delito", Sources.UNOV_ES),
          name(NameType.ACRONYM, "es", "UNODC", Sources.UNOV_ES),
          name(NameType.OFFICIAL, "ar", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", Sources.RULE_OF_LAW_AR),
          name(NameType.OFFICIAL, "zh", "联合国毒品和犯罪问题办公室", Sources.UN_DRUG_DAY_ZH)),
      "untoc", List.of(
          name(NameType.OFFICIAL, "fr", "Convention des Nations Unies contre la criminalité transnationale organisée",
              Sources.TREATIES_FR),
          name(NameType.OFFICIAL, "es", "Convención de las Naciones Unidas contra la Delincuencia Organizada"
              + " Transnacional", Sources.CIVIL_SOCIETY_ES),
          name(NameType.OFFICIAL, "ar", "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
              Sources.E4J_COP_AR)),
      "trafficking-protocol", List.of(
          name(NameType.OFFICIAL, "fr", "Protocole visant à prévenir, réprimer et punir la traite des personnes, en"
              + " particulier des femmes et des enfants", Sources.TREATIES_FR),
          name(NameType.OFFICIAL, "es", "Protocolo para prevenir, reprimir y sancionar la trata de personas,"
              + " especialmente mujeres y niños", Sources.UNODA_FIREARMS_ES),
          name(NameType.OFFICIAL, "ar", "بروتوكول منع وقمع ومعاقبة الاتجار بالبشر، وخاصة النساء والأطفال",
              Sources.SHERLOC_TIP_AR)),
      "smuggling-protocol", List.of(
          name(NameType.OFFICIAL, "fr", "Protocole contre le trafic illicite de migrants par terre, air et mer",
              Sources.TREATIES_FR),
          name(NameType.OFFICIAL, "es", "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
              Sources.UNODA_FIREARMS_ES),
          name(NameType.OFFICIAL, "ar", "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو",
              Sources.SHERLOC_AR)),
      "firearms-protocol", List.of(
          name(NameType.OFFICIAL, "fr", "Protocole contre la fabrication et le trafic illicites d'armes à feu, de"
              + " leurs pièces, éléments et munitions", Sources.TREATIES_FR),
          name(NameType.OFFICIAL, "es", "Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus"
              + " piezas y componentes y municiones", Sources.UNODA_FIREARMS_ES),
          name(NameType.OFFICIAL, "ar", "بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار"
              + " بها بصورة غير مشروعة", Sources.SHERLOC_AR)),
      "cop", List.of(
          name(NameType.OFFICIAL, "fr", "Conférence des Parties à la Convention des Nations Unies contre la"
              + " criminalité transnationale organisée", Sources.E4J_FR),
          name(NameType.ALIAS, "es", "Conferencia de las Partes", Sources.CIVIL_SOCIETY_ES),
          name(NameType.ACRONYM, "es", "CdP", Sources.CIVIL_SOCIETY_ES),
          name(NameType.OFFICIAL, "ar", "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر"
              + " الوطنية", Sources.E4J_COP_AR)),
      "review-mechanism", List.of(
          name(NameType.ALIAS, "fr", "Mécanisme d'examen de l'application de l'UNTOC", Sources.CIVIL_SOCIETY_FR),
          name(NameType.ALIAS, "es", "Mecanismo de Examen de la aplicación de la UNTOC", Sources.CIVIL_SOCIETY_ES)));

  /** Returns the names of an entity, by id, in the languages other than English; empty for most. */
  static List<Name> of(String entity) {
    return BY_ENTITY.getOrDefault(entity, List.of());
  }

  private static Name name(NameType type, String language, String text, Source source) {
    return Name.builder().type(type).language(language).text(text).provenance(pr(source)).build();
  }
}
