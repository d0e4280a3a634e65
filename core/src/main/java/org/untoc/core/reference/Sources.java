package org.untoc.core.reference;

import static org.untoc.core.SourceKind.DOCUMENT;
import static org.untoc.core.SourceKind.PUBLIC_RECORD;

import java.util.List;
import org.untoc.core.Source;

/**
 * The documents the reference data rests on: the two source documents its editions follow, and
 * the public documents it cites for facts of the public record.
 *
 * <p>A provenance names its source by reference: the file name of a source document, the
 * citation of a public document, exactly as the public record gives it. People read the title.
 * A public-record fact cites the document the public record names for it; a fact the public
 * record gives without naming any document is not presented as cited: it is left out, or kept
 * as INFERRED with a rationale that says what it rests on.
 */
final class Sources {
  private Sources() {}

  /** The current "Overview and organizational chart" of the Organized Crime and Illicit Trafficking Branch. */
  static final Source OVERVIEW = Source.of("ocb-overview-page", "Overview and organizational chart", DOCUMENT,
      "seeds/000_561e529bf6eb8929.txt");
  /** The older "Organized Crime Branch" brochure. */
  static final Source BROCHURE = Source.of("ocb-brochure-document", "Organized Crime Branch", DOCUMENT,
      "seeds/001_d4002eb91bcce051.txt");

  // Treaties.
  static final Source UNTC_XVIII_12 = record("untc-xviii-12",
      "UN Treaty Collection, Multilateral Treaties Deposited with the Secretary-General, chapter XVIII-12",
      "UN Treaty Collection, MTDSG chapter XVIII-12");
  static final Source UNTS_2225 = record("unts-2225", "United Nations Treaty Series, vol. 2225, p. 209",
      "United Nations Treaty Series, vol. 2225, p. 209");
  static final Source UNTOC_ART_32 = record("untoc-article-32",
      "United Nations Convention against Transnational Organized Crime, article 32 (Conference of the Parties"
          + " to the Convention)", "United Nations Convention against Transnational Organized Crime, art. 32");
  static final Source CTOC_SIGNATURES = record("unodc-ctoc-signatures", "UNODC treaty signatures page (CTOC)",
      "UNODC treaty signatures page (CTOC)");
  static final Source AVL_UNTOC = record("avl-untoc",
      "UN Audiovisual Library of International Law, page on the Convention against Transnational Organized Crime",
      "UN Audiovisual Library of International Law, UNTOC page");
  static final Source UNTC_FIREARMS = record("untc-xviii-12-c",
      "UN Treaty Collection, chapter XVIII-12-c; UNIS Vienna press release UNIS/CP/517 (2005)",
      "UN Treaty Collection XVIII-12-c; UNIS Vienna press release UNIS/CP/517 (2005)");
  static final Source UNTC_VI_15 = record("untc-vi-15", "UN Treaty Collection, chapter VI-15",
      "UN Treaty Collection VI-15");
  static final Source UNTC_VI_19 = record("untc-vi-19", "UN Treaty Collection, chapter VI-19",
      "UN Treaty Collection VI-19");
  static final Source COP_RULES = record("cop-rules-of-procedure",
      "Rules of procedure of the Conference of the Parties", "COP rules of procedure");

  // The Conference of the Parties: its acts, and a press release that names it in full.
  static final Source COP_PRESS_RELEASE = record("unodc-press-release-2022-10-17",
      "UNODC press release, Vienna, 17 October 2022 (opening of the eleventh session of the Conference of the"
          + " Parties)", "UNODC press release, Vienna, 17 October 2022");
  static final Source COP_DECISION_1_2 = record("cop-decision-1-2",
      "Conference of the Parties decision 1/2 (first session, 7 July 2004)", "Conference of the Parties decision 1/2");
  static final Source COP_DECISION_2_6 = record("cop-decision-2-6", "Conference of the Parties decision 2/6",
      "Conference of the Parties decision 2/6");
  static final Source COP_DECISION_3_2 = record("cop-decision-3-2", "Conference of the Parties decision 3/2",
      "Conference of the Parties decision 3/2");
  static final Source COP_DECISION_4_4 = record("cop-decision-4-4", "Conference of the Parties decision 4/4",
      "Conference of the Parties decision 4/4");
  static final Source COP_DECISION_5_4 = record("cop-decision-5-4", "Conference of the Parties decision 5/4 (2010)",
      "Conference of the Parties decision 5/4");
  static final Source COP_RESOLUTION_7_1 = record("cop-resolution-7-1",
      "Conference of the Parties resolution 7/1 (2014)", "Conference of the Parties resolution 7/1");
  static final Source COP_RESOLUTION_9_1 = record("cop-resolution-9-1",
      "Conference of the Parties resolution 9/1 (ninth session, October 2018), with the Procedures and rules for"
          + " the functioning of the Mechanism annexed", "Conference of the Parties resolution 9/1");
  static final Source COP_RESOLUTION_10_1 = record("cop-resolution-10-1",
      "Conference of the Parties resolution 10/1 (tenth session, October 2020)",
      "Conference of the Parties resolution 10/1");

  // The General Assembly.
  static final Source GA_RESOLUTION_74_247 = record("ga-resolution-74-247",
      "General Assembly resolution 74/247 (27 December 2019)", "General Assembly resolution 74/247");

  // The global programmes.
  static final Source CYBERCRIME_MANDATE = record("unodc-cybercrime-mandate", "UNODC cybercrime mandate page",
      "UNODC cybercrime mandate page");
  static final Source GPML_EVALUATION = record("gpml-evaluation-2011",
      "Mid-term evaluation of the Global Programme against Money-Laundering, Proceeds of Crime and the"
          + " Financing of Terrorism (February 2011)", "GPML mid-term evaluation (Feb 2011)");
  static final Source GPTOC_RECORD = record("unodc-glot32-gptoc", "UNODC GLOT32 project profile; UNODC GPTOC page",
      "UNODC GLOT32 project profile; UNODC GPTOC page");
  static final Source GFP_PAGE = record("unodc-gfp-page", "UNODC firearms-protocol page on the Global Firearms"
      + " Programme", "UNODC firearms-protocol GFP page");
  static final Source GLOACT_OVERVIEW = record("unodc-glo-act-overview", "UNODC GLO.ACT overview",
      "UNODC GLO.ACT overview");
  static final Source PCCP_PAGES = record("unodc-pccp-pages", "UNODC pages on the Passenger and Cargo Control"
      + " Programme", "UNODC PCCP pages");
  static final Source GLOT60_EVALUATION = record("glot60-evaluation-2014",
      "Mid-term evaluation of the support to the work of the Conference of the Parties (GLOT60), December 2014",
      "mid-term evaluation, Dec 2014");
  static final Source CTOC_COP_2018_2 = record("ctoc-cop-2018-2", "Conference of the Parties document"
      + " CTOC/COP/2018/2", "CTOC/COP/2018/2");

  // The names in the other official languages: official UN pages in those languages.
  static final Source UNOV_FR = record("unov-unodc-fr", "UNOV page on UNODC, in French",
      "UNOV page \"UNODC\", French (unov.org/unov/fr/unodc.html)");
  static final Source UNOV_ES = record("unov-unodc-es", "UNOV page on UNODC, in Spanish",
      "UNOV page \"UNODC\", Spanish (unov.org/unov/es/unodc.html)");
  static final Source RULE_OF_LAW_AR = record("un-rule-of-law-unodc-ar",
      "UN and the Rule of Law, page on UNODC, in Arabic; UNODC ROMENA \"about\" page, in Arabic",
      "UN and the Rule of Law, Arabic page on UNODC (un.org/ruleoflaw/ar/...); UNODC ROMENA \"about\" page, Arabic");
  static final Source UN_DRUG_DAY_ZH = record("un-drug-day-2009-zh",
      "UN events page in Chinese, International Day against Drug Abuse 2009",
      "UN Chinese events page, International Day against Drug Abuse 2009"
          + " (un.org/chinese/events/drug/2009/report.html)");
  static final Source TREATIES_FR = record("unodc-treaties-fr", "UNODC treaties page, in French",
      "UNODC treaties page, French");
  static final Source CIVIL_SOCIETY_ES = record("unodc-civil-society-es", "UNODC civil-society page, in Spanish",
      "UNODC civil-society page, Spanish");
  static final Source CIVIL_SOCIETY_FR = record("unodc-civil-society-fr", "UNODC civil-society page, in French",
      "UNODC civil-society page, French");
  static final Source E4J_COP_AR = record("unodc-e4j-module-14-cop-ar",
      "UNODC e4j, module 14, in Arabic: \"Conference of the Parties\"",
      "UNODC e4j, Arabic, module 14, \"Conference of the Parties\"");
  static final Source E4J_FR = record("unodc-e4j-module-14-fr", "UNODC e4j, module 14, in French",
      "UNODC e4j, French, module 14");
  static final Source UNODA_FIREARMS_ES = record("unoda-firearms-protocol-es",
      "UNODA page on the Firearms Protocol, in Spanish", "UNODA Firearms Protocol page, Spanish");
  static final Source SHERLOC_TIP_AR = record("sherloc-organized-crime-module-14-ar",
      "SHERLOC, organized crime module 14, in Arabic: \"Protocols\"",
      "SHERLOC, Arabic, organized crime module 14, \"Protocols\"");
  static final Source SHERLOC_AR = record("sherloc-module-14-ar", "SHERLOC, module 14, in Arabic: \"Protocols\"",
      "SHERLOC, Arabic, module 14, \"Protocols\"");

  /** Every source, the two documents first. */
  static final List<Source> ALL = List.of(BROCHURE, OVERVIEW, UNTC_XVIII_12, UNTS_2225, UNTOC_ART_32,
      CTOC_SIGNATURES, AVL_UNTOC, UNTC_FIREARMS, UNTC_VI_15, UNTC_VI_19, COP_RULES, COP_PRESS_RELEASE,
      COP_DECISION_1_2, COP_DECISION_2_6, COP_DECISION_3_2, COP_DECISION_4_4, COP_DECISION_5_4, COP_RESOLUTION_7_1,
      COP_RESOLUTION_9_1, COP_RESOLUTION_10_1, GA_RESOLUTION_74_247, CYBERCRIME_MANDATE,
      GPML_EVALUATION, GPTOC_RECORD, GFP_PAGE, GLOACT_OVERVIEW, PCCP_PAGES, GLOT60_EVALUATION, CTOC_COP_2018_2,
      UNOV_FR, UNOV_ES, RULE_OF_LAW_AR, UN_DRUG_DAY_ZH, TREATIES_FR, CIVIL_SOCIETY_ES, CIVIL_SOCIETY_FR, E4J_COP_AR,
      E4J_FR, UNODA_FIREARMS_ES, SHERLOC_TIP_AR, SHERLOC_AR);

  private static Source record(String id, String title, String citation) {
    return Source.of(id, title, PUBLIC_RECORD, citation);
  }
}
