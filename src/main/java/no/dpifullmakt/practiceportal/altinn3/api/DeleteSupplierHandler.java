package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code DELETE /maskinporten/suppliers/{orgnr}}: removes a supplier and all its APIs. */
public final class DeleteSupplierHandler implements Handler {

  private final Backend backend;

  public DeleteSupplierHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    if (!backend.state().suppliers(caller.actor().orgnr()).removeSupplier(ctx.pathParam("orgnr"))) {
      throw ApiProblem.notFound("UKJENT_LEVERANDOR");
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
