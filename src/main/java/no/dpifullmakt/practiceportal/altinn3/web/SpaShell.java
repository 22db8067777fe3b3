package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.session.Sessions;

/**
 * Every path under {@link Paths#UI} answers with the same page, and its script renders the route,
 * as a React app behind a CDN does. Someone not logged in, or without a chosen actor, is sent to
 * the login first and comes back afterwards.
 */
public final class SpaShell implements Handler {

  private static final String INDEX = "/practiceportal/altinn3/index.html";

  private final Sessions sessions;
  private final String html;

  public SpaShell(Sessions sessions) {
    this.sessions = sessions;
    this.html = read();
  }

  @Override
  public void handle(Context ctx) {
    Optional<Session> session = sessions.current(ctx);
    String back = URLEncoder.encode(requestedPath(ctx), StandardCharsets.UTF_8);
    if (session.isEmpty()) {
      ctx.redirect("/idporten/login?goto=" + back, HttpStatus.FOUND);
    } else if (session.get().actor().isEmpty()) {
      ctx.redirect("/velg-aktor?goto=" + back, HttpStatus.FOUND);
    } else {
      ctx.header("Cache-Control", "no-store").html(html);
    }
  }

  private static String requestedPath(Context ctx) {
    String query = ctx.queryString();
    return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  private static String read() {
    try (InputStream in = SpaShell.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + INDEX);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
