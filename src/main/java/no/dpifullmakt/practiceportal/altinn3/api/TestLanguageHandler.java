package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Map;
import no.dpifullmakt.practiceportal.altinn3.profile.Languages;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * {@code POST /ovelse/test/altinn3/sprak} with {@code {"pid": "15867210064", "language": "nn"}}:
 * sets a person's language as if they had chosen it in the menu. 204; 400 for an unknown person or
 * language. Only with test endpoints.
 */
public final class TestLanguageHandler implements Handler {

  private final Backend backend;

  public TestLanguageHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    LanguageBody body = ctx.bodyAsClass(LanguageBody.class);
    Person person = body.pid() == null ? null : backend.directory().person(body.pid()).orElse(null);
    if (person == null) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("feil", "Ukjent person: " + body.pid()));
      return;
    }
    if (Languages.known(body.language()).isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .json(Map.of("feil", "Ukjent språk: " + body.language() + " (nb, nn eller en)"));
      return;
    }
    backend.languages().choose(person, body.language());
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
