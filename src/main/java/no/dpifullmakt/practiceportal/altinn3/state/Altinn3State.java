package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Everything users changed in the Altinn 3 portal, kept per acting organisation. */
public final class Altinn3State {

  private final Map<String, ActorState> byActor = new ConcurrentHashMap<>();

  /** The state of one acting organisation; created empty on first use. */
  public ActorState actor(String actorOrgnr) {
    return byActor.computeIfAbsent(actorOrgnr, orgnr -> new ActorState());
  }

  public SupplierBook suppliers(String actorOrgnr) {
    return actor(actorOrgnr).suppliers();
  }

  public RightHolderBook users(String actorOrgnr) {
    return actor(actorOrgnr).users();
  }

  /** Every acting organisation's state so far, by orgnr. */
  public Map<String, ActorState> actors() {
    return new TreeMap<>(byActor);
  }

  /** The organisations that have made {@code supplierOrgnr} their supplier, by orgnr. */
  public List<Consumer> consumersOf(String supplierOrgnr) {
    List<Consumer> consumers = new ArrayList<>();
    byActor.forEach(
        (actorOrgnr, state) ->
            state
                .suppliers()
                .supplier(supplierOrgnr)
                .ifPresent(s -> consumers.add(new Consumer(actorOrgnr, s.apiIdentifiers()))));
    consumers.sort((a, b) -> a.orgnr().compareTo(b.orgnr()));
    return consumers;
  }

  public void clear() {
    byActor.clear();
  }
}
