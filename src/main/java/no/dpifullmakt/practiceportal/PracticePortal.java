package no.dpifullmakt.practiceportal;

import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.Altinn2Module;
import no.dpifullmakt.practiceportal.altinn3.Altinn3Module;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.drift.ChangesModule;
import no.dpifullmakt.practiceportal.faults.FaultsModule;
import no.dpifullmakt.practiceportal.idporten.IdPortenModule;
import no.dpifullmakt.practiceportal.security.CrossSiteGuard;

/**
 * The embedded practice portal ("øvingsportalen"): a stateful copy of Altinn's screens, both
 * generations, and the TestID login, served on 127.0.0.1 only. It knows nothing of the robot.
 */
public final class PracticePortal implements AutoCloseable {

  private static final String LOOPBACK = "127.0.0.1";

  private final PortalContext context;
  private final List<PortalModule> modules;
  private final Javalin server;

  private PracticePortal(PortalOptions options) {
    this.context = PortalContext.seeded(options);
    this.modules = modules(context);
    this.server =
        Javalin.create(
            config -> {
              config.jetty.host = LOOPBACK;
              config.startup.showJavalinBanner = false;
              // No graceful drain: idle keep-alive connections of browsers would make stop() time
              // out.
              config.jetty.modifyServer(s -> s.setStopTimeout(0));
              modules.forEach(m -> m.configure(config));
              if (options.testEndpoints()) {
                new TestEndpoints(this, modules).configure(config);
              }
            });
  }

  public static PracticePortal start(PortalOptions options) {
    PracticePortal portal = new PracticePortal(options);
    portal.server.start(LOOPBACK, options.port());
    return portal;
  }

  /** In this order: the guard against cross-site changes and the faults act before the rest. */
  private static List<PortalModule> modules(PortalContext context) {
    return List.of(
        new CrossSiteGuard(),
        new FaultsModule(context),
        new IdPortenModule(context),
        new Altinn2Module(context),
        new Altinn3Module(context),
        new ChangesModule(context));
  }

  /** For example {@code http://127.0.0.1:41234}. */
  public URI baseUrl() {
    return URI.create("http://" + LOOPBACK + ":" + server.port());
  }

  public int port() {
    return server.port();
  }

  public Directory directory() {
    return context.directory();
  }

  /** Back to the seeded state: no rights given, nobody logged in. */
  public void reset() {
    modules.forEach(PortalModule::reset);
    context.sessions().expireAll();
  }

  @Override
  public void close() {
    server.stop();
  }
}
