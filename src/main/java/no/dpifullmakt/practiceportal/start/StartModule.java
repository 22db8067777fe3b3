package no.dpifullmakt.practiceportal.start;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalModule;

/**
 * The practice portal's own pages, for people: the start page {@code /} and the practice controls
 * under {@code /ovelse/}. They are there whether or not the test endpoints are on.
 */
public final class StartModule implements PortalModule {

  public static final String START = "/";
  static final String PRACTICE = "/ovelse";
  static final String START_OVER = PRACTICE + "/start-pa-nytt";
  static final String FROM_SITUATION = PRACTICE + "/situasjon";

  private final StartPage page;
  private final PracticeControls controls;

  /**
   * @param modules the portal's other modules; the generations among them are offered
   * @param resetAll puts the whole portal back to the seed and ends every login
   */
  public StartModule(PortalContext context, List<PortalModule> modules, Runnable resetAll) {
    PracticeAreas areas = PracticeAreas.of(modules);
    FormTokens tokens = new FormTokens();
    this.page =
        new StartPage(context.templates(), context.directory(), context.sessions(), areas, tokens);
    this.controls =
        new PracticeControls(
            page, context.directory(), context.sessions(), areas, tokens, resetAll);
  }

  @Override
  public void configure(JavalinConfig config) {
    config.routes.get(START, page::show);
    config.routes.get(PRACTICE, ctx -> ctx.redirect(START + "#ovelse"));
    config.routes.post(START_OVER, controls::startOver);
    config.routes.post(FROM_SITUATION, controls::startFromSituation);
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/ressurser/start";
          files.directory = "/practiceportal/ressurser/start";
          files.location = Location.CLASSPATH;
        });
  }

  /** The start page keeps no state of its own. */
  @Override
  public void reset() {}
}
