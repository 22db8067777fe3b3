package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import java.util.Locale;
import no.dpifullmakt.practiceportal.idporten.IdPortenModule;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.session.Session;

/** What every Altinn 2 page shows around its content: the global header, the user, the token. */
record PageChrome(
    String title,
    String personName,
    String actorName,
    String csrfToken,
    String changeActorHref,
    String logoutHref,
    Menu current) {

  enum Menu {
    INBOX,
    ALL_FORMS,
    PROFILE
  }

  static PageChrome of(Context ctx, Session session, Guard guard, String title, Menu current) {
    return new PageChrome(
        title + " - Altinn",
        session.person().fullName().toUpperCase(Locale.forLanguageTag("nb-NO")),
        Guard.actor(session).name(),
        guard.csrfToken(session),
        LoginGate.chooseActorPath(LoginGate.requestedPath(ctx)),
        IdPortenModule.LOGOUT,
        current);
  }

  public boolean inbox() {
    return current == Menu.INBOX;
  }

  public boolean allForms() {
    return current == Menu.ALL_FORMS;
  }

  public boolean profile() {
    return current == Menu.PROFILE;
  }
}
