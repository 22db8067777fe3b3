package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.Javalin;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.altinn3.Altinn3Module;
import no.dpifullmakt.practiceportal.altinn3.Altinn3Settings;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;
import no.dpifullmakt.practiceportal.idporten.IdPortenModule;
import no.dpifullmakt.practiceportal.session.Session;

/**
 * The Altinn 3 module and the login on a free port, with a back door that logs a person in and
 * chooses the actor, so the JSON API can be tested without the login pages, and the pages with an
 * API delay of the test's choosing.
 */
public final class Altinn3TestServer implements AutoCloseable {

  public final PortalContext context = PortalContext.seeded(PortalOptions.forTests());
  public final Altinn3Module module;
  private final Javalin server;

  public Altinn3TestServer(ApiDelay delay) {
    module = new Altinn3Module(context, new Altinn3Settings(delay, Clock.systemUTC()));
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.jetty.host = "127.0.0.1";
                  new IdPortenModule(context).configure(config);
                  module.configure(config);
                  config.routes.get(
                      "/bakdor",
                      ctx -> {
                        Session session =
                            context
                                .sessions()
                                .logIn(
                                    ctx,
                                    context
                                        .directory()
                                        .person(ctx.queryParam("pid"))
                                        .orElseThrow());
                        String actor = ctx.queryParam("aktor");
                        if (actor != null) {
                          session.chooseActor(
                              context.directory().organisation(actor).orElseThrow());
                        }
                      });
                })
            .start("127.0.0.1", 0);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** Where a real browser logs in as {@code pid} acting for {@code actor}, by the back door. */
  public String backDoor(String pid, String actor) {
    return "/bakdor?pid=" + pid + "&aktor=" + actor;
  }

  /** A browser of its own, logged in as {@code pid} acting for {@code actor} (may be null). */
  HttpClient browser(String pid, String actor) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String query = "?pid=" + pid + (actor == null ? "" : "&aktor=" + actor);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/bakdor" + query)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Innlogging feilet: " + response.statusCode());
    }
    return client;
  }

  HttpClient anonymous() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  @Override
  public void close() {
    server.stop();
  }
}
