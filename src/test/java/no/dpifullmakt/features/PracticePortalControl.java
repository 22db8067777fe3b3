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

  public void apply(String situation, String actorOrgnr) {
    post(
        "/ovelse/test/situasjon/"
            + URLEncoder.encode(situation, StandardCharsets.UTF_8)
            + "?aktor="
            + actorOrgnr);
  }

  public String get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  private void post(String path) {
    send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Origin", base.getScheme() + "://" + base.getAuthority())
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
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
