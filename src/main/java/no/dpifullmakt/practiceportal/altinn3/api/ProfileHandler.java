package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code GET /profile}: who is logged in, for whom, which menu items they may see, and the language
 * they read Altinn in.
 */
public final class ProfileHandler implements Handler {

  private final Backend backend;

  public ProfileHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().caller(ctx);
    ctx.json(
        new Profile(
            caller.person().fullName(),
            OrganisationView.of(caller.actor()),
            backend.directory().hasSubUnits(caller.actor()) ? "hovedenhet" : null,
            backend.callers().isMaskinportenAdministrator(caller),
            backend.callers().isUserAdministrator(caller),
            backend.language(caller)));
  }

  /**
   * @param unitType "hovedenhet" when the actor has sub-units, else null (the practice portal has
   *     no sub-units as actors)
   * @param language the person's language in Altinn's profile: "nb", "nn" or "en"
   */
  record Profile(
      String personName,
      OrganisationView actor,
      String unitType,
      boolean maskinportenAdministrator,
      boolean userAdministrator,
      String language) {}
}
