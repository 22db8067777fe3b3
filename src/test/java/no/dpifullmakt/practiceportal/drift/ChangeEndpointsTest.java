package no.dpifullmakt.practiceportal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeEndpointsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static PracticePortal portal;
  private PortalBrowser client;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @BeforeEach
  void fresh() {
    client = new PortalBrowser(portal.baseUrl());
    client.script("POST", "/ovelse/test/reset", null);
  }

  private JsonNode listing() throws Exception {
    return JSON.readTree(client.get("/ovelse/test/endringer").body());
  }

  @Test
  void listsEveryKnownChangeWithGenerationAndDescriptionAndNoneActive() throws Exception {
    JsonNode listing = listing();

    assertThat(listing.get("kjente")).hasSize(17);
    assertThat(listing.at("/kjente/0/navn").asText()).isEqualTo("a3-knapp-omdopt");
    assertThat(listing.at("/kjente/0/generasjon").asText()).isEqualTo("altinn3");
    assertThat(listing.at("/kjente/0/beskrivelse").asText()).contains("Ny leverandør");
    assertThat(listing.get("aktive")).isEmpty();
  }

  @Test
  void switchesChangesOnOneByOneAndAllOffAtOnce() throws Exception {
    assertThat(client.script("POST", "/ovelse/test/endring/a3-knapp-omdopt", null).statusCode())
        .isEqualTo(200);
    client.script("POST", "/ovelse/test/endring/a2-ekstra-steg", null);

    assertThat(listing().get("aktive").toString())
        .isEqualTo("[\"a2-ekstra-steg\",\"a3-knapp-omdopt\"]");

    HttpResponse<String> off = client.script("DELETE", "/ovelse/test/endring", null);
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(listing().get("aktive")).isEmpty();
  }

  @Test
  void anUnknownNameAnswers404InNorwegian() throws Exception {
    HttpResponse<String> response = client.script("POST", "/ovelse/test/endring/a3-ukjent", null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).get("feil").asText())
        .startsWith("Ukjent endring: a3-ukjent. Kjente endringer:");
  }

  @Test
  void theResetSwitchesEveryChangeOff() throws Exception {
    client.script("POST", "/ovelse/test/endring/a3-kosmetisk", null);

    client.script("POST", "/ovelse/test/reset", null);

    assertThat(listing().get("aktive")).isEmpty();
  }

  @Test
  void changesNamedInTheOptionsAreOnFromTheStartAndComeBackAfterAReset() throws Exception {
    try (PracticePortal changed =
        PracticePortal.start(PortalOptions.forTests().withChanges("a3-fane-omdopt"))) {
      PortalBrowser other = new PortalBrowser(changed.baseUrl());
      other.script("DELETE", "/ovelse/test/endring", null);
      other.script("POST", "/ovelse/test/reset", null);

      JsonNode listing = JSON.readTree(other.get("/ovelse/test/endringer").body());
      assertThat(listing.get("aktive").toString()).isEqualTo("[\"a3-fane-omdopt\"]");
    }
  }
}
