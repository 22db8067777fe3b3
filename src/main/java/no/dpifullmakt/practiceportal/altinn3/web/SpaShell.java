package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.web.ClientSettings;

/**
 * Every path under {@link Paths#UI} answers with the same page, and its script renders the route,
 * as a React app behind a CDN does. Someone not logged in, or without a chosen actor, is sent to
 * the login first and comes back afterwards. While the practice portal has a change or a fault
 * switched on, the page's head also carries {@link ClientSettings}.
 */
public final class SpaShell implements Handler {

  private static final String INDEX = "/practiceportal/altinn3/index.html";

  private final LoginGate gate;
  private final ClientSettings practice;
  private final String html;

  /**
   * @param assets where this portal serves the app's files, such as {@code
   *     /accessmanagement/assets/m3k2j1}
   */
  public SpaShell(LoginGate gate, ClientSettings practice, String assets) {
    this.gate = gate;
    this.practice = practice;
    this.html = read().replace(Paths.ASSETS + "/", assets + "/");
  }

  @Override
  public void handle(Context ctx) {
    gate.requireActor(ctx);
    String meta = practice.metaTag();
    String page = meta.isEmpty() ? html : html.replace("</head>", meta + "\n</head>");
    ctx.header("Cache-Control", "no-store").html(page);
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
