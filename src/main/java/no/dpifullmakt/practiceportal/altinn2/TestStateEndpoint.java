package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.altinn2.rights.AltinnService;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * {@code GET /ovelse/test/altinn2/tilstand?aktor=<orgnr>}: the organisation's right holders as
 * JSON, so a test can check the outcome without the screens. Registered only with test endpoints.
 */
final class TestStateEndpoint {

  static final String PATH = "/ovelse/test/altinn2/tilstand";

  private final Directory directory;
  private final RightsRegistry registry;

  TestStateEndpoint(Directory directory, RightsRegistry registry) {
    this.directory = directory;
    this.registry = registry;
  }

  void show(Context ctx) {
    String orgnr = ctx.queryParam("aktor");
    Organisation actor = orgnr == null ? null : directory.organisation(orgnr).orElse(null);
    if (actor == null) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("feil", "Ukjent aktør: " + orgnr));
      return;
    }
    List<Holder> holders =
        registry.of(actor).rightHolders().stream().map(TestStateEndpoint::holder).toList();
    ctx.json(new State(new Actor(actor.orgnr(), actor.name()), holders));
  }

  private static Holder holder(RightHolder h) {
    return new Holder(
        h.party().isOrganisation() ? "virksomhet" : "person",
        h.party().id(),
        h.party().name(),
        h.roles(),
        h.services().stream().map(TestStateEndpoint::service).toList());
  }

  private static Service service(AltinnService s) {
    return new Service(s.code(), s.name(), s.owner());
  }

  record State(Actor aktor, List<Holder> rettighetshavere) {}

  record Actor(String orgnr, String navn) {}

  record Holder(
      String type, String id, String navn, List<String> roller, List<Service> tjenester) {}

  record Service(String kode, String navn, String eier) {}
}
