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

  AllFormsPage(Templates templates, Guard guard, ServiceCatalogue catalogue) {
    this.templates = templates;
    this.guard = guard;
    this.catalogue = catalogue;
  }

  void show(Context ctx) {
    Session session = guard.viewer(ctx);
    PageChrome chrome =
        PageChrome.of(ctx, session, guard, "Alle skjema", PageChrome.Menu.ALL_FORMS);
    ctx.html(templates.render("altinn2/skjemaoversikt", new Model(chrome, catalogue.all())));
  }

  record Model(PageChrome chrome, List<AltinnService> services) {}
}
