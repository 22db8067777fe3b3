package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.http.Handler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;

/** Runs a handler after the API delay, without blocking a server thread. */
public final class Delayed {

  private Delayed() {}

  public static Handler by(ApiDelay delay, Handler handler) {
    return ctx -> {
      long millis = delay.nextMillis();
      if (millis == 0) {
        handler.handle(ctx);
        return;
      }
      ctx.future(
          () ->
              CompletableFuture.runAsync(
                  () -> {
                    try {
                      handler.handle(ctx);
                    } catch (RuntimeException e) {
                      throw e;
                    } catch (Exception e) {
                      throw new CompletionException(e);
                    }
                  },
                  CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS)));
    };
  }
}
