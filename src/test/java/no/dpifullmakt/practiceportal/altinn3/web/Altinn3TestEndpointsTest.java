package no.dpifullmakt.practiceportal.altinn3.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.Test;

class Altinn3TestEndpointsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(PracticePortal portal, String method, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
            .header("Origin", portal.baseUrl().toString())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void situationsAreListedAppliedAndResetThroughTheSharedEndpoints() throws Exception {
    try (PracticePortal portal = PracticePortal.start(PortalOptions.forTests())) {
      String situations = send(portal, "GET", "/ovelse/test/situasjoner").body();
      assertThat(situations)
          .contains(
              "altinn3-tom",
              "altinn3-visma-lagt-til",
              "altinn3-visma-har-dpi",
              "altinn3-ks-har-dpi");

      assertThat(
              send(portal, "POST", "/ovelse/test/situasjon/altinn3-ks-har-dpi?aktor=312787075")
                  .statusCode())
          .isEqualTo(200);
      JsonNode state =
          JSON.readTree(
              send(portal, "GET", "/ovelse/test/altinn3/tilstand?aktor=312787075").body());
      assertThat(state.at("/leverandorer")).hasSize(3);
      assertThat(state.at("/leverandorer/2/orgnr").asText()).isEqualTo("971032146");
      assertThat(state.at("/leverandorer/2/navn").asText())
          .isEqualTo("Kommunesektorens Organisasjon");
      assertThat(state.at("/leverandorer/2/api/0").asText()).isEqualTo("digdir-dpi-send");

      send(portal, "POST", "/ovelse/test/reset");
      state =
          JSON.readTree(
              send(portal, "GET", "/ovelse/test/altinn3/tilstand?aktor=312787075").body());
      assertThat(state.at("/leverandorer")).hasSize(2);
    }
  }

  @Test
  void aPortalForPeopleHasNoTestStateEndpoint() throws Exception {
    try (PracticePortal portal = PracticePortal.start(PortalOptions.forPeople(0))) {
      assertThat(send(portal, "GET", "/ovelse/test/altinn3/tilstand?aktor=312787075").statusCode())
          .isEqualTo(404);
    }
  }
}
