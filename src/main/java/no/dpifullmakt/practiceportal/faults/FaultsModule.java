package no.dpifullmakt.practiceportal.faults;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalModule;
import no.dpifullmakt.practiceportal.session.Sessions;

/**
 * Makes the portal misbehave in the ways {@link Faults} names, before and after every request's own
 * handler. With no faults it does nothing at all. At run time, through test endpoints only: {@code
 * POST /ovelse/test/feil} (JSON body), {@code GET} and {@code DELETE} on the same path.
 */
public final class FaultsModule implements PortalModule {

  static final String PATH = "/ovelse/test/feil";

  /** What the pages show when something fails, as Altinn words it. */
  static final String SOMETHING_WENT_WRONG = "Noe gikk galt. Prøv igjen senere.";

  private final PortalContext context;

  public FaultsModule(PortalContext context) {
    this.context = context;
  }

  @Override
  public void configure(JavalinConfig config) {
    config.routes.before(this::before);
    config.routes.after(this::after);
    if (context.testEndpoints()) {
      config.routes.get(PATH, ctx -> ctx.json(context.faults().current()));
      config.routes.post(PATH, this::set);
      config.routes.delete(
          PATH,
          ctx -> {
            context.faults().clear();
            ctx.json(context.faults().current());
          });
    }
  }

  @Override
  public void reset() {
    context.faults().reset();
  }

  private void set(Context ctx) {
    try {
      context.faults().set(FaultsJson.parse(ctx.body()));
    } catch (IllegalArgumentException e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("feil", e.getMessage()));
      return;
    }
    ctx.json(context.faults().current());
  }

  private void before(Context ctx) {
    FaultSwitch faults = context.faults();
    if (faults.current().isNone() || Requests.isTestEndpoint(ctx)) {
      return;
    }
    // The load balancer answers before the portal sees the request, so it counts for no session.
    if (Requests.isPageLoad(ctx) && faults.failPageLoad(ctx.path())) {
      answerInstead(ctx, faults.nextDelayMillis(), FaultsModule::pageUnavailable);
      return;
    }
    expireSessionIfDue(ctx, faults);
    boolean fail = Requests.isScriptRead(ctx) && faults.failRead(readKey(ctx), ctx.path());
    long delay = faults.nextDelayMillis();
    if (fail) {
      answerInstead(ctx, delay, FaultsModule::unavailable);
    } else if (delay > 0) {
      later(ctx, delay, () -> {});
    }
  }

  /** Answers in place of the portal's own handlers, after the latency. */
  private static void answerInstead(Context ctx, long delay, Consumer<Context> answer) {
    ctx.skipRemainingHandlers();
    later(ctx, delay, () -> answer.accept(ctx));
  }

  /** Runs {@code then} after the latency without blocking the request thread. */
  private static void later(Context ctx, long delay, Runnable then) {
    if (delay == 0) {
      then.run();
      return;
    }
    ctx.future(
        () ->
            CompletableFuture.runAsync(
                then, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)));
  }

  private void expireSessionIfDue(Context ctx, FaultSwitch faults) {
    if (!Requests.countsForSession(ctx)) {
      return;
    }
    context
        .sessions()
        .current(ctx)
        .filter(session -> faults.countAndExpire(session.id()))
        .ifPresent(session -> context.sessions().logOut(ctx));
  }

  /** The changes carried out, but their answers lost on the way back. */
  private void after(Context ctx) {
    if (Requests.isDelegationChange(ctx)
        && ctx.status().isSuccess()
        && context.faults().loseAnswer()) {
      ctx.status(HttpStatus.BAD_GATEWAY)
          .contentType("text/plain; charset=utf-8")
          .result(SOMETHING_WENT_WRONG);
    }
  }

  private static void pageUnavailable(Context ctx) {
    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).html(UnavailablePage.HTML);
  }

  private static void unavailable(Context ctx) {
    ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType("text/plain; charset=utf-8")
        .result(SOMETHING_WENT_WRONG);
  }

  private static String readKey(Context ctx) {
    String query = ctx.queryString();
    return ctx.cookie(Sessions.COOKIE) + " " + ctx.path() + (query == null ? "" : "?" + query);
  }
}
