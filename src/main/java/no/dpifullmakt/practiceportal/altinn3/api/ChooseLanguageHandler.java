package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/**
 * {@code POST /profile/language} with {@code {"language": "nn"}}: the language chosen in the
 * header's menu, kept in the person's profile across logins. 204; 400 {@code UKJENT_SPRAK} for
 * anything but "nb", "nn" and "en".
 */
public final class ChooseLanguageHandler implements Handler {

  private final Backend backend;

  public ChooseLanguageHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().caller(ctx);
    LanguageBody body = ctx.bodyAsClass(LanguageBody.class);
    if (!backend.languages().choose(caller.person(), body.language())) {
      throw ApiProblem.badRequest("UKJENT_SPRAK");
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
