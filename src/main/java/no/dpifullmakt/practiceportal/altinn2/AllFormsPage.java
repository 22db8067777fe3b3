package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.rights.AltinnService;
import no.dpifullmakt.practiceportal.altinn2.rights.ServiceCatalogue;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/** "alle skjema": the service catalogue, read only. */
final class AllFormsPage {

  private final Templates templates;
  private final Guard guard;
  private final ServiceCatalogue catalogue;
  private final Altinn2Changes changes;

  AllFormsPage(
      Templates templates, Guard guard, ServiceCatalogue catalogue, Altinn2Changes changes) {
    this.templates = templates;
    this.guard = guard;
    this.catalogue = catalogue;
    this.changes = changes;
  }

  void show(Context ctx) {
    Session session = guard.viewer(ctx);
    PageChrome chrome =
        PageChrome.of(ctx, session, guard, "Alle skjema", PageChrome.Menu.ALL_FORMS);
    ctx.html(
        templates.render(
            "altinn2/skjemaoversikt", new Model(chrome, catalogue.all(changes::shown))));
  }

  record Model(PageChrome chrome, List<AltinnService> services) {}
}
