package no.dpifullmakt.practiceportal;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.altinn2.Altinn2Module;
import no.dpifullmakt.practiceportal.altinn3.Altinn3Module;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.drift.ChangesModule;
import no.dpifullmakt.practiceportal.faults.FaultsModule;
import no.dpifullmakt.practiceportal.idporten.IdPortenModule;
import no.dpifullmakt.practiceportal.memory.PortalMemory;
import no.dpifullmakt.practiceportal.security.CrossSiteGuard;
import no.dpifullmakt.practiceportal.start.StartModule;

/**
 * The embedded practice portal ("øvingsportalen"): a stateful copy of Altinn's screens, both
 * generations, and the TestID login, served on 127.0.0.1 only. It knows nothing of the robot.
 */
public final class PracticePortal implements AutoCloseable {

  private static final String LOOPBACK = "127.0.0.1";

  private final PortalContext context;
  private final List<PortalModule> modules;
  private final PortalMemory memory;
  private final Javalin server;

  private PracticePortal(PortalOptions options, PortalMemory memory) {
    this.context = PortalContext.seeded(options);
    this.modules = withStartPage(modules(context));
    this.memory = memory;
    memory.recallInto(kept -> modules.forEach(m -> m.recall(kept)));
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
              // Every change comes by a request that is not a GET: kept before the answer goes.
              config.routes.after(
                  ctx -> {
                    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
                      keep();
                    }
                  });
            });
  }

  /**
   * Starts the portal on 127.0.0.1.
   *
   * @throws no.dpifullmakt.practiceportal.memory.StoreProblem when the state kept between runs is
   *     in use by another run or cannot be read (the message is for the person)
   */
  public static PracticePortal start(PortalOptions options) {
    PortalMemory memory = PortalMemory.open(options.keeping());
    PracticePortal portal;
    try {
      portal = new PracticePortal(options, memory);
      portal.server.start(LOOPBACK, options.port());
    } catch (RuntimeException e) {
      memory.close();
      throw e;
    }
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

  /** The start page and its practice controls come last and offer the other modules. */
  private List<PortalModule> withStartPage(List<PortalModule> others) {
    List<PortalModule> all = new ArrayList<>(others);
    all.add(new StartModule(context, others, this::reset));
    return List.copyOf(all);
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

  /** Whether and where this portal keeps its state, and the start line that says so. */
  public PortalMemory memory() {
    return memory;
  }

  /** Back to the seeded state: no rights given, nobody logged in. */
  public void reset() {
    modules.forEach(PortalModule::reset);
    context.sessions().expireAll();
    keep();
  }

  /**
   * One acting organisation back to its seed in every generation. Other organisations and every
   * login stay as they are, so parallel robots acting for different organisations do not disturb
   * each other.
   */
  public void reset(Organisation actor) {
    modules.forEach(m -> m.reset(actor));
    keep();
  }

  /** The snapshot and its write under one lock, so an older snapshot never overwrites a newer. */
  private void keep() {
    if (memory.folder().isEmpty()) {
      return;
    }
    synchronized (memory) {
      Map<String, String> state = new LinkedHashMap<>();
      modules.forEach(m -> state.putAll(m.keep()));
      memory.save(state);
    }
  }

  @Override
  public void close() {
    server.stop();
    keep();
    memory.close();
  }
}
