package org.untoc.core.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.untoc.core.Contact;
import org.untoc.core.DatedFact;
import org.untoc.core.Description;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.Unit;

/**
 * Every fact of a registry, one per provenance: an entity's existence, each name, description,
 * identifier, dated fact and contact, each relation and its dates, each bound of an edition's period;
 * with the editions in which it holds.
 */
final class RegistryFacts {
  private RegistryFacts() {}

  /**
   * One fact.
   *
   * @param key what it says, as the statements table names it: {@code entity ocb}, {@code name ocb
   *     ACRONYM OCB}, {@code desc ocb}, {@code id untoc XVIII-12}, {@code date untoc adopted},
   *     {@code contact ocb}, {@code rel css OFFERS legislative-assistance}, {@code reldate iss runs gfp since},
   *     {@code period ocb-brochure from}
   * @param text the words the source must contain: a name's or a description's text
   * @param qualifier a relation's qualifier
   * @param holds the editions in which it holds: those it is bound to, within those of its
   *     entities; every edition where neither it nor its entities are bound
   */
  record Fact(String key, Provenance provenance, Optional<String> text, Optional<String> qualifier,
      Set<EditionId> holds) {
    @Override
    public String toString() {
      return key + " " + holds + " " + provenance;
    }
  }

  static List<Fact> of(Registry registry) {
    Set<EditionId> all = new LinkedHashSet<>(registry.editions().stream().map(Edition::id).toList());
    List<Fact> facts = new ArrayList<>();
    for (Entity e : registry.entities()) {
      String id = e.id().toString();
      Set<EditionId> ofEntity = within(all, e.editions());
      for (Provenance p : e.provenance()) {
        facts.add(new Fact("entity " + id, p, Optional.empty(), Optional.empty(), ofEntity));
      }
      for (Name n : e.names()) {
        facts.add(new Fact("name " + id + " " + n.type() + " " + n.text(), n.provenance(), Optional.of(n.text()),
            Optional.empty(), within(ofEntity, n.editions())));
      }
      for (Description d : e.descriptions()) {
        facts.add(new Fact("desc " + id, d.provenance(), Optional.of(d.text()), Optional.empty(),
            within(ofEntity, d.editions())));
      }
      for (Identifier i : e.identifiers()) {
        facts.add(new Fact("id " + id + " " + i.value(), i.provenance(), Optional.empty(), Optional.empty(),
            ofEntity));
      }
      List<Optional<DatedFact>> dates = List.of(e.established(), e.ended());
      List<String> dateNames = List.of("established", "ended");
      if (e instanceof Instrument i) {
        dates = List.of(i.adopted(), i.openedForSignature(), i.entryIntoForce(), i.ended());
        dateNames = List.of("adopted", "opened-for-signature", "entry-into-force", "ended");
      } else if (e instanceof Programme p) {
        dates = List.of(p.started(), p.ended());
        dateNames = List.of("started", "ended");
      }
      for (int k = 0; k < dates.size(); k++) {
        String which = dateNames.get(k);
        dates.get(k).ifPresent(d -> facts.add(new Fact("date " + id + " " + which, d.provenance(),
            Optional.empty(), Optional.empty(), ofEntity)));
      }
      if (e instanceof Unit u) {
        for (Contact c : u.contacts()) {
          facts.add(new Fact("contact " + id, c.provenance(), Optional.empty(), Optional.empty(),
              within(ofEntity, c.editions())));
        }
      }
    }
    for (Relation r : registry.relations()) {
      Entity from = registry.get(r.from());
      Entity to = registry.get(r.to());
      Set<EditionId> holds = within(within(within(all, from.editions()), to.editions()), r.editions());
      facts.add(new Fact("rel " + r.from() + " " + r.kind() + " " + r.to(), r.provenance(), Optional.empty(),
          r.qualifier(), holds));
      String rel = r.from() + " " + r.kind() + " " + r.to();
      r.since().ifPresent(d -> facts.add(new Fact("reldate " + rel + " since", d.provenance(), Optional.empty(),
          Optional.empty(), holds)));
      r.until().ifPresent(d -> facts.add(new Fact("reldate " + rel + " until", d.provenance(), Optional.empty(),
          Optional.empty(), holds)));
    }
    for (Edition e : registry.editions()) {
      e.period().from().ifPresent(d -> facts.add(new Fact("period " + e.id() + " from", d.provenance(),
          Optional.empty(), Optional.empty(), Set.of(e.id()))));
      e.period().to().ifPresent(d -> facts.add(new Fact("period " + e.id() + " to", d.provenance(),
          Optional.empty(), Optional.empty(), Set.of(e.id()))));
    }
    return facts;
  }

  /** The editions of a set that a binding keeps: all of them where it is empty. */
  private static Set<EditionId> within(Set<EditionId> editions, Set<EditionId> binding) {
    if (binding.isEmpty()) {
      return editions;
    }
    Set<EditionId> kept = new LinkedHashSet<>(editions);
    kept.retainAll(binding);
    return kept;
  }
}
