package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.state.Supplier;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code GET /maskinporten/suppliers/{orgnr}/apis}: only the APIs one supplier has been given, in
 * the order they were given. The supplier page reads who the supplier is and what it has been given
 * separately, as Altinn's does.
 */
public final class SupplierApisHandler implements Handler {

  private final Backend backend;

  public SupplierApisHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    Supplier supplier =
        backend
            .state()
            .suppliers(caller.actor().orgnr())
            .supplier(ctx.pathParam("orgnr"))
            .orElseThrow(() -> ApiProblem.notFound("UKJENT_LEVERANDOR"));
    ctx.json(backend.apiViews(supplier.apiIdentifiers(), backend.language(caller)));
  }
}
