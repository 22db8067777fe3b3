package no.dpifullmakt.practiceportal.idporten;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalModule;

/**
 * The login both Altinn generations share: ID-porten's chooser, TestID, "Velg aktør" and logging
 * out. It keeps no state of its own beyond the sessions.
 */
public final class IdPortenModule implements PortalModule {

  static final String LOGIN = "/idporten/login";
  static final String TEST_ID = "/idporten/testid";
  static final String CHOOSE_ACTOR = "/velg-aktor";

  /** Where "Logg ut" links point. */
  public static final String LOGOUT = "/idporten/logout";

  private final LoginMethodsPage loginMethods;
  private final TestIdPage testId;
  private final ChooseActorPage chooseActor;
  private final LogoutPage logout;

  public IdPortenModule(PortalContext context) {
    LoginGate gate = new LoginGate(context.sessions());
    CsrfTokens csrf = new CsrfTokens();
    this.loginMethods = new LoginMethodsPage(context.templates());
    this.testId = new TestIdPage(context.templates(), context.directory(), context.sessions());
    this.chooseActor = new ChooseActorPage(context.templates(), context.directory(), gate, csrf);
    this.logout = new LogoutPage(context.templates(), context.sessions());
  }

  @Override
  public void configure(JavalinConfig config) {
    config.routes.get(LOGIN, loginMethods::show);
    config.routes.get(TEST_ID, testId::show);
    config.routes.post(TEST_ID, testId::submit);
    config.routes.get(CHOOSE_ACTOR, chooseActor::show);
    config.routes.post(CHOOSE_ACTOR, chooseActor::choose);
    config.routes.get(LOGOUT, logout::logOut);
    config.routes.exception(LoginRequired.class, IdPortenModule::sendToLogin);
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/ressurser/idporten";
          files.directory = "/practiceportal/ressurser/idporten";
          files.location = Location.CLASSPATH;
        });
  }

  @Override
  public void reset() {}

  private static void sendToLogin(LoginRequired e, Context ctx) {
    boolean pageRequest = ctx.method() == HandlerType.GET && ctx.header("X-Requested-With") == null;
    if (pageRequest) {
      ctx.redirect(e.location());
    } else {
      ctx.status(HttpStatus.UNAUTHORIZED)
          .header("Location", e.location())
          .result("Du er ikke logget inn. Last inn siden på nytt.");
    }
  }
}
