package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.lookup.LookupOutcome;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code GET /lookup/organisation/{orgnr}}: the name behind an organisation number. 400 {@code
 * UKJENT_ORGNR} (as Altinn's backend answers an unknown number), 400 {@code EGET_ORGNR}, 429 {@code
 * SPERRET} after too many unknown numbers.
 */
public final class OrganisationLookupHandler implements Handler {

  private final Backend backend;

  public OrganisationLookupHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().caller(ctx);
    LookupOutcome outcome =
        backend.lookup().lookUp(caller.person(), caller.actor(), ctx.pathParam("orgnr"));
    if (outcome instanceof LookupOutcome.Found found) {
      ctx.json(OrganisationView.of(found.organisation()));
    } else if (outcome instanceof LookupOutcome.OwnNumber) {
      throw ApiProblem.badRequest("EGET_ORGNR");
    } else if (outcome instanceof LookupOutcome.LockedOut) {
      throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "SPERRET");
    } else {
      throw ApiProblem.badRequest("UKJENT_ORGNR");
    }
  }
}
