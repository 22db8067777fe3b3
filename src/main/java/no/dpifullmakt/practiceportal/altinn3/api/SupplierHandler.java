package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn3.state.Supplier;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code GET /maskinporten/suppliers/{orgnr}}: one supplier and the APIs it has been given. */
public final class SupplierHandler implements Handler {

  private final Backend backend;

  public SupplierHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    ctx.json(view(backend, caller, ctx.pathParam("orgnr")));
  }

  static SupplierView view(Backend backend, Caller caller, String supplierOrgnr) {
    Supplier supplier =
        backend
            .state()
            .suppliers(caller.actor().orgnr())
            .supplier(supplierOrgnr)
            .orElseThrow(() -> ApiProblem.notFound("UKJENT_LEVERANDOR"));
    return new SupplierView(
        OrganisationView.of(backend.organisation(supplier.orgnr())),
        OrganisationView.of(caller.actor()),
        backend.apiViews(supplier.apiIdentifiers(), backend.language(caller)));
  }

  /**
   * @param actor the organisation that gave the rights
   * @param apis the delegated APIs, in the order they were given
   */
  record SupplierView(OrganisationView supplier, OrganisationView actor, List<ApiView> apis) {}
}
