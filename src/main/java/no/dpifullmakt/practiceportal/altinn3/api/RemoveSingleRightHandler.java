package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code DELETE /users/{id}/singlerights/{identifier}}: withdraws a single right. */
public final class RemoveSingleRightHandler implements Handler {

  private final Backend backend;

  public RemoveSingleRightHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().userAdministrator(ctx);
    backend
        .state()
        .users(caller.actor().orgnr())
        .remove(ctx.pathParam("id"), ctx.pathParam("identifier"));
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
