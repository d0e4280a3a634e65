// untoc in JShell: a load file. Open it with the class path of the untoc tool:
//   ./mvnw -B -q package -DskipTests && jshell --class-path examples/target/untoc.jar examples/untoc.jsh
import org.untoc.core.*;
import org.untoc.core.change.*;
import org.untoc.core.chart.*;
import org.untoc.core.mapping.*;
import org.untoc.json.*;
import org.untoc.json.export.*;
import org.untoc.json.mapping.*;

// The embedded reference data, and views of it as of each edition.
Registry untoc = Untoc.reference();
EditionView latest = untoc.latestView();
EditionView brochure = untoc.view("ocb-brochure");

// Look anything up by id, acronym, name or alias in any edition, the latest first: get("CMLS"), get("ISS"),
// get("Palermo Convention"); or in one edition: get("HMTSS", "ocb-brochure").
Entity get(String name) { return untoc.get(name); }
Entity get(String name, String edition) { return untoc.view(edition).get(name); }

// The organisation chart of the latest edition, or of another: tree(), tree("ocb-brochure").
void tree() { System.out.print(OrgChart.of(latest).toText()); }
void tree(String edition) { System.out.print(OrgChart.of(untoc.view(edition)).toText()); }

// Names in a language, a BCP 47 tag: the chart, tree("ocb-overview", "fr"); an entity's name, name("UNODC", "ar");
// the names it has there, names("UNODC", "es"). Where an entity has no name in the language, its English one stands.
void tree(String edition, String language) { System.out.print(OrgChart.of(untoc.view(edition)).withLanguage(language).toText()); }
String name(String entity, String language) { Entity e = get(entity); List<EditionId> in = untoc.editionsOf(e); return e.labelIn(in.get(in.size() - 1), language); }
List<Name> names(String entity, String language) { return get(entity).namesIn(language); }

// The programmes a unit runs, anywhere below it, in the latest edition the unit is in, or in another:
// programmes("OCB"), programmes("ISS"), programmes("OCB", "ocb-brochure").
List<Programme> programmes(String unit) { Entity u = get(unit); List<EditionId> in = untoc.editionsOf(u); return untoc.view(in.get(in.size() - 1)).allProgrammesOf(u.id()); }
List<Programme> programmes(String unit, String edition) { EditionView v = untoc.view(edition); return v.allProgrammesOf(v.get(unit).id()); }

// What changed from the older edition to the latest, or between two editions: diff(), diff("ocb-brochure", "latest").
void diff() { System.out.print(untoc.diff(untoc.editions().get(0).id(), untoc.latest().id()).toText()); }
void diff(String from, String to) { System.out.print(untoc.diff(untoc.edition(from).id(), untoc.edition(to).id()).toText()); }

// Check a mapping: check("GPML", "CMLS"), or in an edition: check("GPML", "ISS", "ocb-brochure").
MappingVerdict check(String programme, String unit) { return MappingValidator.of(untoc).validate(MappingRow.of(programme, unit)); }
MappingVerdict check(String programme, String unit, String edition) { return MappingValidator.of(untoc).validate(MappingRow.of(0, programme, unit, Optional.of(edition))); }

// As of a day (yyyy-MM-dd), in the edition whose period covers it, less what did not exist then:
// asOf("2022-01-01").get("Ad Hoc Committee"), treeAsOf("2014-01-01"), checkAsOf("GPML", "ISS", "2014-01-01").
// A day no edition describes throws NoEditionException, which names the editions on either side.
EditionView asOf(String day) { return untoc.asOf(java.time.LocalDate.parse(day)); }
void treeAsOf(String day) { System.out.print(OrgChart.of(asOf(day)).toText()); }
MappingVerdict checkAsOf(String programme, String unit, String day) { return MappingValidator.of(untoc).validate(MappingRow.builder().programme(programme).unit(unit).date(java.time.LocalDate.parse(day)).build()); }

// An entity through every edition and date: history("ISS"), history("Ad Hoc Committee").
void history(String name) { System.out.print(untoc.history(name).toText()); }

System.out.println("untoc: " + untoc + ". Try tree(), get(\"CMLS\"), programmes(\"OCB\"), diff(), check(\"GPML\", \"CMLS\").");
