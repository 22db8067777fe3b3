package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.rights.ActorRights;
import no.dpifullmakt.practiceportal.altinn2.rights.AltinnService;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * "Gi tilgang til enkelttjenester": search the catalogue (results arrive after a pause), choose
 * services, and "Neste" gives them and shows the receipt "Nye rettigheter er gitt".
 */
final class ServiceDelegation {

  static final String SERVICE_PARAM = "tjeneste";

  private final Templates templates;
  private final Guard guard;
  private final RightsRegistry registry;
  private final Latency latency;
  private final Altinn2Changes changes;

  ServiceDelegation(
      Templates templates,
      Guard guard,
      RightsRegistry registry,
      Latency latency,
      Altinn2Changes changes) {
    this.templates = templates;
    this.guard = guard;
    this.registry = registry;
    this.latency = latency;
    this.changes = changes;
  }

  void show(Context ctx) {
    Session session = guard.delegator(ctx);
    Party party = DelegationModal.party(ctx, registry.parties(), Guard.actor(session));
    ctx.html(
        templates.render(
            "altinn2/modal/tjenester",
            new Page(
                RightHolderView.of(rights(session).of(party), changes),
                DelegationModal.servicesUrl(party),
                DelegationModal.serviceSearchUrl(party))));
  }

  void search(Context ctx) {
    Session session = guard.delegator(ctx);
    Party party = DelegationModal.party(ctx, registry.parties(), Guard.actor(session));
    RightHolder holder = rights(session).of(party);
    List<Result> results =
        registry.catalogue().search(ctx.queryParam("q"), changes::shown).stream()
            .map(s -> new Result(s.code(), s.name(), s.owner(), holder.has(s)))
            .toList();
    latency.respondLater(
        ctx, () -> templates.render("altinn2/modal/sokeresultat", new Results(results)));
  }

  void delegate(Context ctx) {
    Session session = guard.delegatorChange(ctx);
    Organisation actor = Guard.actor(session);
    Party party = DelegationModal.party(ctx, registry.parties(), actor);
    List<AltinnService> services =
        ctx.formParams(SERVICE_PARAM).stream()
            .distinct()
            .map(
                code ->
                    registry
                        .catalogue()
                        .byCode(code)
                        .orElseThrow(() -> new BadRequestResponse("Ukjent tjeneste.")))
            .toList();
    if (services.isEmpty()) {
      throw new BadRequestResponse("Velg minst én tjeneste.");
    }
    RightHolder holder = rights(session).grant(party, services);
    ctx.html(
        templates.render(
            "altinn2/modal/kvittering-gitt",
            new Receipt(
                RightHolderView.of(holder, changes),
                services.stream().map(changes::title).toList(),
                actor.name(),
                DelegationModal.servicesUrl(party))));
  }

  private ActorRights rights(Session session) {
    return registry.of(Guard.actor(session));
  }

  record Page(RightHolderView holder, String url, String searchUrl) {
    public String title() {
      return DelegationModal.TITLE;
    }
  }

  record Result(String code, String name, String owner, boolean alreadyHas) {}

  record Results(List<Result> results) {
    public boolean none() {
      return results.isEmpty();
    }
  }

  record Receipt(RightHolderView holder, List<String> services, String actorName, String moreUrl) {
    public String title() {
      return DelegationModal.TITLE;
    }

    public String finishUrl() {
      return DelegationModal.FINISHED;
    }
  }
}
