package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Altinn 2 loaded its lists and search results with a noticeable delay. The practice portal answers
 * those requests after a random pause so that a robot has to wait for the content, not for a fixed
 * time. The request thread is not blocked meanwhile.
 */
final class Latency {

  private final long minMillis;
  private final long maxMillis;

  Latency(long minMillis, long maxMillis) {
    this.minMillis = minMillis;
    this.maxMillis = maxMillis;
  }

  /** How Altinn 2's right-holder list and service search felt. */
  static Latency altinn2Lists() {
    return new Latency(200, 600);
  }

  /** Renders the HTML now and sends it after the pause. */
  void respondLater(Context ctx, Supplier<String> html) {
    String body = html.get();
    long millis = ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
    Executor later = CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS);
    ctx.future(() -> CompletableFuture.supplyAsync(() -> body, later).thenAccept(ctx::html));
  }
}
