package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * "Fjern en eller flere rettigheter": mark roles and services with "Fjern" (or "Fjern alle"),
 * "Ferdig" takes them away and shows the receipt "Rettigheter er fjernet".
 */
final class RightsRemoval {

  static final String ROLE_PARAM = "rolle";

  private final Templates templates;
  private final Guard guard;
  private final RightsRegistry registry;
  private final Altinn2Changes changes;

  RightsRemoval(Templates templates, Guard guard, RightsRegistry registry, Altinn2Changes changes) {
    this.templates = templates;
    this.guard = guard;
    this.registry = registry;
    this.changes = changes;
  }

  void show(Context ctx) {
    Session session = guard.delegator(ctx);
    Organisation actor = Guard.actor(session);
    Party party = DelegationModal.party(ctx, registry.parties(), actor);
    ctx.html(
        templates.render(
            "altinn2/modal/fjerne",
            new Page(
                RightHolderView.of(registry.of(actor).of(party), changes),
                DelegationModal.removeUrl(party),
                DelegationModal.overviewUrl(party),
                changes.removeLabel())));
  }

  void revoke(Context ctx) {
    Session session = guard.delegatorChange(ctx);
    Organisation actor = Guard.actor(session);
    Party party = DelegationModal.party(ctx, registry.parties(), actor);
    RightHolder before = registry.of(actor).of(party);
    Set<String> services = new HashSet<>(ctx.formParams(ServiceDelegation.SERVICE_PARAM));
    Set<String> roles = new HashSet<>(ctx.formParams(ROLE_PARAM));
    List<String> removed =
        Stream.concat(
                before.roles().stream().filter(roles::contains),
                before.services().stream()
                    .filter(s -> services.contains(s.code()))
                    .map(changes::title))
            .toList();
    if (removed.isEmpty()) {
      throw new BadRequestResponse("Velg minst én rettighet å fjerne.");
    }
    registry.of(actor).revoke(party, services, roles);
    ctx.html(
        templates.render(
            "altinn2/modal/kvittering-fjernet",
            new Receipt(
                RightHolderView.of(before, changes),
                removed,
                actor.name(),
                DelegationModal.servicesUrl(party))));
  }

  /**
   * @param removeLabel the per-item button that marks a right for removal (it then reads "Angre")
   */
  record Page(RightHolderView holder, String url, String overviewUrl, String removeLabel) {
    public String title() {
      return DelegationModal.TITLE;
    }
  }

  record Receipt(RightHolderView holder, List<String> removed, String actorName, String moreUrl) {
    public String title() {
      return DelegationModal.TITLE;
    }

    public String finishUrl() {
      return DelegationModal.FINISHED;
    }
  }
}
