package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/** "Innboks", where Altinn 2 lands after the login. The messages are made up and never change. */
final class MessageBoxPage {

  private final Templates templates;
  private final Guard guard;

  MessageBoxPage(Templates templates, Guard guard) {
    this.templates = templates;
    this.guard = guard;
  }

  void show(Context ctx) {
    Session session = guard.viewer(ctx);
    PageChrome chrome = PageChrome.of(ctx, session, guard, "Innboks", PageChrome.Menu.INBOX);
    ctx.html(templates.render("altinn2/innboks", new Model(chrome)));
  }

  record Model(PageChrome chrome) {}
}
