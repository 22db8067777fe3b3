package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.lookup.LookupOutcome;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code POST /maskinporten/suppliers} with {@code {"orgnr": "..."}}: makes an organisation a
 * supplier. 201 when it became one, 200 when it already was (nothing changes).
 */
public final class AddSupplierHandler implements Handler {

  private final Backend backend;

  public AddSupplierHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    String orgnr = ctx.bodyAsClass(OrgnrBody.class).orgnr();
    LookupOutcome outcome = backend.lookup().check(caller.actor(), orgnr);
    if (outcome instanceof LookupOutcome.OwnNumber) {
      throw ApiProblem.badRequest("EGET_ORGNR");
    }
    if (!(outcome instanceof LookupOutcome.Found found)) {
      throw ApiProblem.badRequest("UKJENT_ORGNR");
    }
    boolean created = backend.state().suppliers(caller.actor().orgnr()).addSupplier(orgnr);
    ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .json(OrganisationView.of(found.organisation()));
  }
}
