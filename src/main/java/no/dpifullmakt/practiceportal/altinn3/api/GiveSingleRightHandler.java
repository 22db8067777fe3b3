package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code POST /users/{id}/singlerights} with {@code {"identifier": "..."}}: gives a single right.
 * Maskinporten APIs are refused (404), as the single-rights search never offers them.
 */
public final class GiveSingleRightHandler implements Handler {

  private final Backend backend;

  public GiveSingleRightHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().userAdministrator(ctx);
    String id = ctx.pathParam("id");
    UserHandler.view(backend, caller, id);
    String identifier = ctx.bodyAsClass(IdentifierBody.class).identifier();
    backend
        .registry()
        .resource(identifier)
        .filter(SingleRightSearchHandler::isSingleRight)
        .orElseThrow(() -> ApiProblem.notFound("UKJENT_TJENESTE"));
    boolean created = backend.state().users(caller.actor().orgnr()).give(id, identifier);
    ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .json(UserHandler.view(backend, caller, id));
  }
}
