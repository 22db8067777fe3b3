package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.idporten.CsrfTokens;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.session.Session;

/** Who may see and who may change what in Altinn 2. */
final class Guard {

  private final LoginGate gate;
  private final Directory directory;
  private final CsrfTokens csrf;

  Guard(LoginGate gate, Directory directory, CsrfTokens csrf) {
    this.gate = gate;
    this.directory = directory;
    this.csrf = csrf;
  }

  /** Anyone logged in with a chosen actor may look. */
  Session viewer(Context ctx) {
    return gate.requireActor(ctx);
  }

  /** Only daglig leder and access managers may open the delegation dialogs. */
  Session delegator(Context ctx) {
    Session session = viewer(ctx);
    if (!mayDelegate(session)) {
      throw new ForbiddenResponse(refusal(actor(session)));
    }
    return session;
  }

  /** A delegator's change, which must also carry the page's anti-forgery token. */
  Session delegatorChange(Context ctx) {
    Session session = delegator(ctx);
    csrf.verify(ctx, session);
    return session;
  }

  boolean mayDelegate(Session session) {
    return directory.mayDelegate(session.person(), actor(session));
  }

  String csrfToken(Session session) {
    return csrf.tokenFor(session);
  }

  static Organisation actor(Session session) {
    return session.actor().orElseThrow();
  }

  static String refusal(Organisation actor) {
    return "Du har ikke rettighet til å gi eller fjerne rettigheter på vegne av "
        + actor.name()
        + ". Det kan daglig leder eller en tilgangsstyrer gjøre.";
  }
}
