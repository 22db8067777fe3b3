package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.http.Context;
import no.dpifullmakt.practiceportal.directory.Authority;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.session.Sessions;

/** Finds who calls the API, or answers 401 or 403 as Altinn's backend does. */
public final class CallerResolver {

  private final Sessions sessions;
  private final Directory directory;

  public CallerResolver(Sessions sessions, Directory directory) {
    this.sessions = sessions;
    this.directory = directory;
  }

  public Caller caller(Context ctx) {
    Session session = sessions.current(ctx).orElseThrow(ApiProblem::notLoggedIn);
    Organisation actor = session.actor().orElseThrow(ApiProblem::noActor);
    return new Caller(session.person(), actor);
  }

  /** The caller, who must hold the access package "Maskinporten administrator" for the actor. */
  public Caller maskinportenAdministrator(Context ctx) {
    Caller caller = caller(ctx);
    if (!isMaskinportenAdministrator(caller)) {
      throw ApiProblem.forbidden();
    }
    return caller;
  }

  /**
   * The caller, who must be allowed to give rights for the actor (daglig leder, tilgangsstyrer).
   */
  public Caller userAdministrator(Context ctx) {
    Caller caller = caller(ctx);
    if (!isUserAdministrator(caller)) {
      throw ApiProblem.forbidden();
    }
    return caller;
  }

  public boolean isUserAdministrator(Caller caller) {
    return directory.mayDelegate(caller.person(), caller.actor());
  }

  public boolean isMaskinportenAdministrator(Caller caller) {
    return directory.has(caller.person(), caller.actor(), Authority.MASKINPORTEN_ADMINISTRATOR);
  }
}
