package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * The panel "Andre med rettigheter": its body (search, "Aktivitetslogg", the add button) and, in a
 * second request, the rows of {@code #rightHolderList}. Both arrive after a pause.
 */
final class OthersWithRightsPanel {

  private final Templates templates;
  private final Guard guard;
  private final RightsRegistry registry;
  private final Latency latency;

  OthersWithRightsPanel(
      Templates templates, Guard guard, RightsRegistry registry, Latency latency) {
    this.templates = templates;
    this.guard = guard;
    this.registry = registry;
    this.latency = latency;
  }

  void body(Context ctx) {
    Session session = guard.viewer(ctx);
    Organisation actor = Guard.actor(session);
    boolean mayDelegate = guard.mayDelegate(session);
    Body model = new Body(mayDelegate, mayDelegate ? null : Guard.refusal(actor));
    latency.respondLater(ctx, () -> templates.render("altinn2/andre-med-rettigheter", model));
  }

  void rows(Context ctx) {
    Session session = guard.viewer(ctx);
    boolean mayDelegate = guard.mayDelegate(session);
    List<Row> rows =
        registry.of(Guard.actor(session)).rightHolders().stream()
            .map(h -> Row.of(h, mayDelegate))
            .toList();
    latency.respondLater(ctx, () -> templates.render("altinn2/rettighetshavere", new Rows(rows)));
  }

  void activityLog(Context ctx) {
    Session session = guard.viewer(ctx);
    PageChrome chrome =
        PageChrome.of(ctx, session, guard, "Aktivitetslogg", PageChrome.Menu.PROFILE);
    ctx.html(templates.render("altinn2/aktivitetslogg", new ActivityLog(chrome)));
  }

  record Body(boolean mayDelegate, String refusal) {}

  record Rows(List<Row> rows) {}

  /**
   * @param peopleWithAccess "(N med tilgang)", organisations only
   */
  record Row(
      String name,
      String kindText,
      boolean organisation,
      Integer peopleWithAccess,
      String overviewUrl,
      String searchText,
      boolean mayDelegate) {

    static Row of(RightHolder holder, boolean mayDelegate) {
      var party = holder.party();
      return new Row(
          party.name(),
          RightHolderView.kindText(party),
          party.isOrganisation(),
          party.isOrganisation() ? party.peopleWithAccess() : null,
          DelegationModal.overviewUrl(party),
          party.isOrganisation() ? party.name() + " " + party.id() : party.name(),
          mayDelegate);
    }
  }

  record ActivityLog(PageChrome chrome) {}
}
