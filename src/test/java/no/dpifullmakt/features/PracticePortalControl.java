package no.dpifullmakt.features;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The practice portal's test-state endpoints, over HTTP, as any separate client would use them. */
public final class PracticePortalControl {

  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  public PracticePortalControl(URI base) {
    this.base = base;
  }

  public void reset() {
    post("/ovelse/test/reset");
  }

  /** Only this acting organisation, in both generations; nobody is logged out. */
  public void reset(String actorOrgnr) {
    post("/ovelse/test/reset?aktor=" + actorOrgnr);
  }

  /** Switches the portal's faults, as JSON, for example {"lesefeilAndel": 0.3}. */
  public void faults(String json) {
    send(
        HttpRequest.newBuilder(base.resolve("/ovelse/test/feil"))
            .header("Origin", origin())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public void apply(String situation, String actorOrgnr) {
    post(
        "/ovelse/test/situasjon/"
            + URLEncoder.encode(situation, StandardCharsets.UTF_8)
            + "?aktor="
            + actorOrgnr);
  }

  /** Switches one of the portal's named screen changes on, such as «a3-knapp-omdopt». */
  public void change(String name) {
    post("/ovelse/test/endring/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
  }

  /** Switches every named screen change off. */
  public void noChanges() {
    send(
        HttpRequest.newBuilder(base.resolve("/ovelse/test/endring"))
            .header("Origin", origin())
            .DELETE()
            .build());
  }

  /** Sets a person's Altinn 3 language («nb», «nn» or «en»), as the person would in the menu. */
  public void language(String pid, String code) {
    send(
        HttpRequest.newBuilder(base.resolve("/ovelse/test/altinn3/sprak"))
            .header("Origin", origin())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"pid\":\"" + pid + "\",\"language\":\"" + code + "\"}"))
            .build());
  }

  public String get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  private void post(String path) {
    send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  private String send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            request.uri().getPath() + " svarte " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Øvingsportalen svarte ikke: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
