package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The right holders of one acting organisation ("Andre med rettigheter"). A party with no rights
 * left is no right holder. All methods are atomic, so parallel browsers acting for the same
 * organisation never lose each other's changes.
 */
public final class ActorRights {

  private final Map<UUID, RightHolder> holders = new LinkedHashMap<>();

  ActorRights(Collection<RightHolder> seeded) {
    replaceAll(seeded);
  }

  /** In Norwegian alphabetical order, as the list shows them. */
  public synchronized List<RightHolder> rightHolders() {
    return holders.values().stream().sorted(ByName.RIGHT_HOLDERS).toList();
  }

  /** The party's rights; a party that holds none gets an empty {@link RightHolder}. */
  public synchronized RightHolder of(Party party) {
    return holders.getOrDefault(party.uuid(), RightHolder.without(party));
  }

  public synchronized Optional<RightHolder> find(UUID party) {
    return Optional.ofNullable(holders.get(party));
  }

  /** Gives the services; a service the party already has is not given twice. */
  public synchronized RightHolder grant(Party party, Collection<AltinnService> services) {
    return store(of(party).plus(services));
  }

  /** Takes the services and roles away; the party disappears when nothing is left. */
  public synchronized RightHolder revoke(
      Party party, Set<String> serviceCodes, Set<String> roleNames) {
    return store(of(party).minus(serviceCodes, roleNames));
  }

  synchronized void replaceAll(Collection<RightHolder> rightHolders) {
    holders.clear();
    rightHolders.forEach(this::store);
  }

  private RightHolder store(RightHolder holder) {
    if (holder.hasRights()) {
      holders.put(holder.party().uuid(), holder);
    } else {
      holders.remove(holder.party().uuid());
    }
    return holder;
  }
}
