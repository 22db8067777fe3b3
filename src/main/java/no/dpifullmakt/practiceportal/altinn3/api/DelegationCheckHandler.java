package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.resources.Resource;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;

/**
 * {@code GET /maskinporten/delegationcheck?resource=<identifier>}: whether the caller may give the
 * API to a supplier, {@code {"resource": "...", "canDelegate": true}}. Every API may be given
 * except those the registry marks {@code "delegable": false}. 404 {@code UKJENT_API}.
 */
public final class DelegationCheckHandler implements Handler {

  private final Backend backend;

  public DelegationCheckHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    backend.callers().maskinportenAdministrator(ctx);
    String identifier = ctx.queryParam("resource");
    if (identifier == null) {
      throw ApiProblem.notFound("UKJENT_API");
    }
    Resource resource = backend.maskinportenApi(identifier);
    ctx.json(new DelegationCheck(resource.identifier(), resource.isDelegable()));
  }

  record DelegationCheck(String resource, boolean canDelegate) {}
}
