package no.dpifullmakt.practiceportal.idporten;

import io.javalin.http.Context;
import no.dpifullmakt.practiceportal.session.Sessions;
import no.dpifullmakt.practiceportal.web.Templates;

/** "Logg ut" ends the session and says so. */
final class LogoutPage {

  private final Templates templates;
  private final Sessions sessions;

  LogoutPage(Templates templates, Sessions sessions) {
    this.templates = templates;
    this.sessions = sessions;
  }

  void logOut(Context ctx) {
    sessions.logOut(ctx);
    ctx.html(templates.render("idporten/utlogget", new Model(LoginGate.loginPath(null))));
  }

  record Model(String loginHref) {
    public String title() {
      return "Du er logget ut";
    }
  }
}
