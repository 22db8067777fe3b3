package no.dpifullmakt.practiceportal.idporten;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Person;
import no.dpifullmakt.practiceportal.session.Sessions;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * TestID: type a synthetic national identity number, press "Autentiser". The number is never put in
 * a URL, a title, a log line or back into the form.
 */
final class TestIdPage {

  static final String WRONG_LENGTH = "Personidentifikatoren må ha 11 siffer";
  static final String UNKNOWN = "Fant ingen testbruker med dette fødselsnummeret";

  /** Before the login there is no session, so the form is protected by a double-submit cookie. */
  private static final String CSRF_COOKIE = "idporten-csrf";

  private final SecureRandom random = new SecureRandom();
  private final Templates templates;
  private final Directory directory;
  private final Sessions sessions;

  TestIdPage(Templates templates, Directory directory, Sessions sessions) {
    this.templates = templates;
    this.directory = directory;
    this.sessions = sessions;
  }

  void show(Context ctx) {
    render(ctx, ReturnPath.sanitize(ctx.queryParam("goto")), null);
  }

  void submit(Context ctx) {
    String returnPath = ReturnPath.sanitize(ctx.formParam("goto"));
    if (!CsrfTokens.same(ctx.formParam(CsrfTokens.FIELD), ctx.cookie(CSRF_COOKIE))) {
      ctx.status(HttpStatus.FORBIDDEN);
      render(ctx, returnPath, CsrfTokens.REFUSED);
      return;
    }
    String pid = digitsOf(ctx.formParam("pid"));
    if (!pid.matches("\\d{11}")) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(ctx, returnPath, WRONG_LENGTH);
      return;
    }
    Optional<Person> person = directory.person(pid);
    if (person.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(ctx, returnPath, UNKNOWN);
      return;
    }
    sessions.logIn(ctx, person.get());
    ctx.removeCookie(CSRF_COOKIE, IdPortenModule.TEST_ID);
    ctx.redirect(LoginGate.chooseActorPath(returnPath));
  }

  private void render(Context ctx, String returnPath, String error) {
    String token = newToken();
    Cookie cookie = new Cookie(CSRF_COOKIE, token);
    cookie.setPath(IdPortenModule.TEST_ID);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    ctx.cookie(cookie);
    ctx.html(templates.render("idporten/testid", new Model(returnPath, token, error)));
  }

  private String newToken() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String digitsOf(String typed) {
    return typed == null ? "" : typed.replaceAll("\\s", "");
  }

  record Model(String returnPath, String csrf, String error) {
    public String title() {
      return "TestID - ID-porten";
    }

    public String csrfField() {
      return CsrfTokens.FIELD;
    }
  }
}
