package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code DELETE /maskinporten/suppliers/{orgnr}/apis/{identifier}}: withdraws one delegation. 204
 * also when it did not exist, so a double click does no harm.
 */
public final class RemoveApiHandler implements Handler {

  private final Backend backend;

  public RemoveApiHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    try {
      backend
          .state()
          .suppliers(caller.actor().orgnr())
          .removeApi(ctx.pathParam("orgnr"), ctx.pathParam("identifier"));
    } catch (IllegalStateException notASupplier) {
      throw ApiProblem.notFound("UKJENT_LEVERANDOR");
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
