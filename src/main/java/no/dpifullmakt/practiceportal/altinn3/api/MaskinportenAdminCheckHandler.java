package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code GET /user/isMaskinportenAdmin}: {@code true} or {@code false}, whether the caller holds
 * the access package "Maskinporten administrator" for the actor. The app asks once after it starts
 * and shows the sidebar item and the Maskinporten page by the answer.
 */
public final class MaskinportenAdminCheckHandler implements Handler {

  private final Backend backend;

  public MaskinportenAdminCheckHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().caller(ctx);
    ctx.json(backend.callers().isMaskinportenAdministrator(caller));
  }
}
