package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;

/** The Altinn 2 rights of every acting organisation, each seeded the first time it is used. */
public final class RightsRegistry {

  private final Map<String, ActorRights> byActor = new ConcurrentHashMap<>();
  private final Parties parties;
  private final ServiceCatalogue catalogue;
  private final SeededRightHolders seed;

  public RightsRegistry(Directory directory) {
    this.parties = new Parties(directory);
    this.catalogue = ServiceCatalogue.seeded();
    this.seed = new SeededRightHolders(parties, catalogue);
  }

  public ActorRights of(Organisation actor) {
    return byActor.computeIfAbsent(actor.orgnr(), orgnr -> new ActorRights(seed.forActor(orgnr)));
  }

  /** Back to the seeded state for one organisation. */
  public void reseed(Organisation actor) {
    of(actor).replaceAll(seed.forActor(actor.orgnr()));
  }

  /** Replaces the organisation's right holders, for the named situations. */
  public void replace(Organisation actor, List<RightHolder> rightHolders) {
    of(actor).replaceAll(rightHolders);
  }

  public void reset() {
    byActor.clear();
  }

  /**
   * Forgets one organisation's rights; it is seeded again the next time it is used. Other
   * organisations are not touched.
   */
  public void reset(Organisation actor) {
    byActor.remove(actor.orgnr());
  }

  /** What to keep between runs: the organisations used so far, by orgnr. */
  public Map<String, KeptRights> kept() {
    Map<String, KeptRights> kept = new TreeMap<>();
    byActor.forEach((orgnr, rights) -> kept.put(orgnr, KeptRights.of(rights)));
    return kept;
  }

  /** Takes back one organisation's right holders kept from an earlier run. */
  public void recall(String orgnr, KeptRights kept) {
    byActor.put(orgnr, new ActorRights(kept.resolve(parties, catalogue)));
  }

  public Parties parties() {
    return parties;
  }

  public ServiceCatalogue catalogue() {
    return catalogue;
  }
}
