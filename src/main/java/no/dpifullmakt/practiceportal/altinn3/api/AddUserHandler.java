package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Map;
import no.dpifullmakt.practiceportal.altinn3.lookup.LookupOutcome;
import no.dpifullmakt.practiceportal.altinn3.lookup.PersonLookup;
import no.dpifullmakt.practiceportal.altinn3.state.RightHolderBook;
import no.dpifullmakt.practiceportal.altinn3.users.UserCatalogue;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * {@code POST /users} with {@code {"orgnr": "..."}} or {@code {"pid": "...", "lastName": "..."}}:
 * adds a user. 201 when added, 200 when already there; the answer holds the user's id.
 */
public final class AddUserHandler implements Handler {

  private final Backend backend;

  public AddUserHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().userAdministrator(ctx);
    NewUserBody body = ctx.bodyAsClass(NewUserBody.class);
    String id =
        body.orgnr() != null ? organisationId(caller, body.orgnr()) : personId(caller, body);
    RightHolderBook book = backend.state().users(caller.actor().orgnr());
    boolean created = book.add(id);
    ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK).json(Map.of("id", id));
  }

  private String organisationId(Caller caller, String orgnr) {
    LookupOutcome outcome = backend.lookup().check(caller.actor(), orgnr);
    if (outcome instanceof LookupOutcome.OwnNumber) {
      throw ApiProblem.badRequest("EGET_ORGNR");
    }
    if (!(outcome instanceof LookupOutcome.Found)) {
      throw ApiProblem.badRequest("UKJENT_ORGNR");
    }
    return orgnr;
  }

  private String personId(Caller caller, NewUserBody body) {
    Person person;
    try {
      person =
          backend
              .personLookup()
              .lookUp(caller.person(), body.pid(), body.lastName())
              .orElseThrow(() -> ApiProblem.badRequest("UKJENT_PERSON"));
    } catch (PersonLookup.LockedOutException e) {
      throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "SPERRET");
    }
    return UserCatalogue.personId(person);
  }

  record NewUserBody(String orgnr, String pid, String lastName) {}
}
