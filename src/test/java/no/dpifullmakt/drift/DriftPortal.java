package no.dpifullmakt.drift;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;

/**
 * A practice portal with test endpoints for the robot to run against: it can change its screens
 * under the robot (named changes) and tell, through its test-state endpoints, what was given.
 */
final class DriftPortal implements AutoCloseable {

  /** The actor and the made-up person of the environment «ovelse». */
  static final String ACTOR = "315260183";

  private final PracticePortal portal;
  private final HttpClient http = HttpClient.newHttpClient();

  private DriftPortal(PracticePortal portal) {
    this.portal = portal;
  }

  static DriftPortal start() {
    return new DriftPortal(PracticePortal.start(PortalOptions.forTests()));
  }

  /** A portal with these changes on from the start (and after every reset). */
  static DriftPortal withChanges(String... changes) {
    return new DriftPortal(PracticePortal.start(PortalOptions.forTests().withChanges(changes)));
  }

  URI baseUrl() {
    return portal.baseUrl();
  }

  /** Back to the seed, with no changes on. */
  void reset() {
    send("POST", "/ovelse/test/reset");
    send("DELETE", "/ovelse/test/endring");
  }

  /** Switches one named change on, such as {@code a3-knapp-omdopt}. */
  void change(String name) {
    send("POST", "/ovelse/test/endring/" + name);
  }

  /** Puts the actor in one of the portal's named situations, such as «altinn3-visma-har-dpi». */
  void situation(String name) {
    send("POST", "/ovelse/test/situasjon/" + name + "?aktor=" + ACTOR);
  }

  /** The Altinn 3 state of the actor, as JSON: suppliers and their APIs. */
  String altinn3State() {
    return send("GET", "/ovelse/test/altinn3/tilstand?aktor=" + ACTOR);
  }

  /** The Altinn 2 state of the actor, as JSON: right holders and their services. */
  String altinn2State() {
    return send("GET", "/ovelse/test/altinn2/tilstand?aktor=" + ACTOR);
  }

  private String send(String method, String path) {
    URI base = portal.baseUrl();
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Origin", base.getScheme() + "://" + base.getAuthority())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            path + " svarte " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Øvingsportalen svarte ikke: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    portal.close();
  }
}
