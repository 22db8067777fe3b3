package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code GET /users}: the people and organisations on the page "Brukere". */
public final class UsersHandler implements Handler {

  private final Backend backend;

  public UsersHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().userAdministrator(ctx);
    ctx.json(backend.users().users(caller.actor(), backend.state().users(caller.actor().orgnr())));
  }
}
