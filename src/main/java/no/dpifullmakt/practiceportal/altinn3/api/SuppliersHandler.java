package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Comparator;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code GET /maskinporten/suppliers}: the actor's suppliers, by name. */
public final class SuppliersHandler implements Handler {

  private final Backend backend;

  public SuppliersHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    ctx.json(
        backend.state().suppliers(caller.actor().orgnr()).suppliers().stream()
            .map(s -> OrganisationView.of(backend.organisation(s.orgnr())))
            .sorted(Comparator.comparing(OrganisationView::name))
            .toList());
  }
}
