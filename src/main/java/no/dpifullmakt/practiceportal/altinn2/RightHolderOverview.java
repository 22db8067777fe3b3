package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/** "Gi og fjerne rettigheter" for one party: what it has, and the links to give or take. */
final class RightHolderOverview {

  private final Templates templates;
  private final Guard guard;
  private final RightsRegistry registry;
  private final Altinn2Changes changes;

  RightHolderOverview(
      Templates templates, Guard guard, RightsRegistry registry, Altinn2Changes changes) {
    this.templates = templates;
    this.guard = guard;
    this.registry = registry;
    this.changes = changes;
  }

  void show(Context ctx) {
    Session session = guard.delegator(ctx);
    Parties parties = registry.parties();
    render(ctx, session, DelegationModal.party(ctx, parties, Guard.actor(session)));
  }

  void render(Context ctx, Session session, Party party) {
    RightHolderView view = RightHolderView.of(registry.of(Guard.actor(session)).of(party), changes);
    ctx.html(
        templates.render(
            "altinn2/modal/oversikt",
            new Model(
                view,
                DelegationModal.overviewUrl(party),
                DelegationModal.servicesUrl(party),
                DelegationModal.removeUrl(party))));
  }

  record Model(RightHolderView holder, String url, String servicesUrl, String removeUrl) {
    public String title() {
      return DelegationModal.TITLE;
    }
  }
}
