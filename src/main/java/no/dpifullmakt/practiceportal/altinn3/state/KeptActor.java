package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.List;
import java.util.Map;

/**
 * What is kept between runs of one acting organisation's Altinn 3 state.
 *
 * @param suppliers the suppliers with their APIs, in the order they were added
 * @param users the users added ("Brukere")
 * @param singleRights the single rights by user id, of users added or not
 */
public record KeptActor(
    List<Supplier> suppliers, List<String> users, Map<String, List<String>> singleRights) {

  public KeptActor {
    suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
    users = users == null ? List.of() : List.copyOf(users);
    singleRights = singleRights == null ? Map.of() : Map.copyOf(singleRights);
  }

  public static KeptActor of(ActorState state) {
    return new KeptActor(
        state.suppliers().suppliers(), state.users().added(), state.users().allSingleRights());
  }

  /** Replaces the organisation's state with this. */
  public void restoreInto(ActorState state) {
    state
        .suppliers()
        .replace(
            book ->
                suppliers.forEach(
                    s -> {
                      book.addSupplier(s.orgnr());
                      s.apiIdentifiers().forEach(api -> book.giveApi(s.orgnr(), api));
                    }));
    state.users().replace(users, singleRights);
  }
}
