package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.practiceportal.altinn3.state.RightHolderBook;
import no.dpifullmakt.practiceportal.altinn3.users.User;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code GET /users/{id}}: one user, with roles, access packages and single rights. */
public final class UserHandler implements Handler {

  private final Backend backend;

  public UserHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().userAdministrator(ctx);
    ctx.json(view(backend, caller, ctx.pathParam("id")));
  }

  static UserView view(Backend backend, Caller caller, String id) {
    RightHolderBook book = backend.state().users(caller.actor().orgnr());
    User user =
        backend
            .users()
            .user(caller.actor(), book, id)
            .orElseThrow(() -> ApiProblem.notFound("UKJENT_BRUKER"));
    List<ServiceView> rights =
        book.singleRights(id).stream()
            .map(backend.registry()::resource)
            .flatMap(Optional::stream)
            .map(ServiceView::of)
            .toList();
    return new UserView(user, OrganisationView.of(caller.actor()), rights);
  }

  record UserView(User user, OrganisationView actor, List<ServiceView> singleRights) {}
}
