package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.List;
import java.util.Map;

/**
 * The right holders every acting organisation starts with, from {@code rettighetshavere.json}: an
 * explicit list for some organisations, a standard list (the accountant) for the rest.
 */
final class SeededRightHolders {

  private final List<SeedHolder> standard;
  private final Map<String, List<SeedHolder>> byActor;
  private final Parties parties;
  private final ServiceCatalogue catalogue;

  SeededRightHolders(Parties parties, ServiceCatalogue catalogue) {
    Seed seed = Resources.read("rettighetshavere.json", Seed.class);
    this.standard = seed.standard();
    this.byActor = seed.actors();
    this.parties = parties;
    this.catalogue = catalogue;
    byActor.values().forEach(this::resolve);
    resolve(standard);
  }

  List<RightHolder> forActor(String orgnr) {
    return resolve(byActor.getOrDefault(orgnr, standard)).stream()
        .filter(h -> !(h.party().isOrganisation() && h.party().id().equals(orgnr)))
        .toList();
  }

  private List<RightHolder> resolve(List<SeedHolder> holders) {
    return holders.stream().map(this::resolve).toList();
  }

  private RightHolder resolve(SeedHolder h) {
    Party party = h.orgnr() != null ? parties.organisation(h.orgnr()) : parties.person(h.pid());
    return new RightHolder(
        party, h.roles(), h.services().stream().map(catalogue::require).toList());
  }

  private record Seed(List<SeedHolder> standard, Map<String, List<SeedHolder>> actors) {}

  private record SeedHolder(String orgnr, String pid, List<String> roles, List<String> services) {}
}
