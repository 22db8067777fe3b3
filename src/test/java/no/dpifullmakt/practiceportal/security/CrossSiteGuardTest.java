package no.dpifullmakt.practiceportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrossSiteGuardTest {

  private static final String REFUSED =
      "Forespørselen kom ikke fra øvingsportalen selv og ble avvist.";

  private static PracticePortal portal;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private HttpResponse<String> send(String method, String path, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String own() {
    return portal.baseUrl().toString();
  }

  @Test
  void aChangeFromAnotherSiteIsRefusedInNorwegian() throws Exception {
    HttpResponse<String> response =
        send("POST", "/ovelse/test/reset", Map.of("Origin", "http://angriper.example"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo(REFUSED);
  }

  @Test
  void aCrossSiteFormPostToTheLoginIsRefused() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/idporten/testid",
            Map.of("Origin", "null", "Content-Type", "application/x-www-form-urlencoded"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void secFetchSiteCrossSiteIsRefusedEvenWithTheRightOrigin() throws Exception {
    HttpResponse<String> response =
        send(
            "DELETE",
            "/ovelse/test/endring",
            Map.of("Origin", own(), "Sec-Fetch-Site", "cross-site"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void withoutOriginTheRefererDecides() throws Exception {
    assertThat(
            send("POST", "/ovelse/test/reset", Map.of("Referer", own() + "/ui/Profile"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send("POST", "/ovelse/test/reset", Map.of("Referer", "http://angriper.example/x"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aChangeThatNamesNoOriginAtAllIsRefused() throws Exception {
    assertThat(send("POST", "/ovelse/test/reset", Map.of()).statusCode()).isEqualTo(403);
    assertThat(send("PUT", "/ovelse/test/reset", Map.of()).statusCode()).isEqualTo(403);
  }

  @Test
  void theOwnOriginByAddressOrAsLocalhostIsAccepted() throws Exception {
    String localhost = "http://localhost:" + portal.port();

    assertThat(send("POST", "/ovelse/test/reset", Map.of("Origin", own())).statusCode())
        .isEqualTo(200);
    assertThat(
            send(
                    "POST",
                    "/ovelse/test/reset",
                    Map.of("Origin", localhost, "Sec-Fetch-Site", "same-origin"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send("POST", "/ovelse/test/reset", Map.of("Origin", "http://127.0.0.1:1")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void readsNeedNoOrigin() throws Exception {
    assertThat(send("GET", "/ovelse/test/endringer", Map.of()).statusCode()).isEqualTo(200);
    assertThat(new PortalBrowser(portal.baseUrl()).get("/idporten/login").statusCode())
        .isEqualTo(200);
  }

  @Test
  void originsAreComparedWithoutPathAndWithTheirPort() {
    assertThat(CrossSiteGuard.originOf("http://127.0.0.1:8080/ui/Profile?x=1"))
        .isEqualTo("http://127.0.0.1:8080");
    assertThat(CrossSiteGuard.originOf("HTTP://LOCALHOST:80/")).isEqualTo("http://localhost:80");
    assertThat(CrossSiteGuard.originOf("not a url")).isNull();
    assertThat(CrossSiteGuard.originOf(null)).isNull();
  }
}
