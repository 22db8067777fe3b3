package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.state.SupplierBook;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code POST /maskinporten/suppliers/{orgnr}/apis} with {@code {"identifier": "..."}}: delegates
 * an API. Idempotent: 201 when the delegation was made, 200 when it already existed. 400 {@code
 * KAN_IKKE_DELEGERES} for an API the delegation check refuses.
 */
public final class GiveApiHandler implements Handler {

  private final Backend backend;

  public GiveApiHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    String supplierOrgnr = ctx.pathParam("orgnr");
    String identifier = ctx.bodyAsClass(IdentifierBody.class).identifier();
    if (!backend.maskinportenApi(identifier).isDelegable()) {
      throw ApiProblem.badRequest("KAN_IKKE_DELEGERES");
    }
    SupplierBook book = backend.state().suppliers(caller.actor().orgnr());
    boolean created;
    try {
      created = book.giveApi(supplierOrgnr, identifier);
    } catch (IllegalStateException notASupplier) {
      throw ApiProblem.notFound("UKJENT_LEVERANDOR");
    }
    ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .json(SupplierHandler.view(backend, caller, supplierOrgnr));
  }
}
