package no.dpifullmakt.practiceportal.idporten;

import io.javalin.http.Context;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.session.Sessions;

/**
 * Guards the Altinn pages of both generations. A page calls {@link #requirePerson} or {@link
 * #requireActor} first; without a login the browser is sent to ID-porten with {@code goto} set to
 * the page it asked for, and without an actor to "Velg aktør". Requests made by the pages' own
 * scripts (header {@code X-Requested-With}) and POSTs get 401 instead of a redirect.
 */
public final class LoginGate {

  private final Sessions sessions;

  public LoginGate(Sessions sessions) {
    this.sessions = sessions;
  }

  /** The logged-in session, or the request ends with a redirect to the login. */
  public Session requirePerson(Context ctx) {
    return sessions
        .current(ctx)
        .orElseThrow(() -> new LoginRequired(loginPath(requestedPath(ctx))));
  }

  /**
   * The logged-in session with a chosen actor, or the request ends in the login or actor choice.
   */
  public Session requireActor(Context ctx) {
    Session session = requirePerson(ctx);
    if (session.actor().isEmpty()) {
      throw new LoginRequired(chooseActorPath(requestedPath(ctx)));
    }
    return session;
  }

  /** {@code /idporten/login?goto=...} */
  public static String loginPath(String returnPath) {
    return IdPortenModule.LOGIN + "?goto=" + ReturnPath.encode(returnPath);
  }

  /** {@code /velg-aktor?goto=...} */
  public static String chooseActorPath(String returnPath) {
    return IdPortenModule.CHOOSE_ACTOR + "?goto=" + ReturnPath.encode(returnPath);
  }

  /** The path and query the browser asked for, as {@code goto} carries it. */
  public static String requestedPath(Context ctx) {
    String query = ctx.queryString();
    return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
  }
}
