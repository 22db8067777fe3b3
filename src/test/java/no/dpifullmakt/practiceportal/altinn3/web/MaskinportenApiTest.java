package no.dpifullmakt.practiceportal.altinn3.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reads the Maskinporten screens make besides the old JSON API. */
class MaskinportenApiTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String OLA = "04888110041";
  private static final String NORDFJELL = "310166138";
  private static final String SIRI = "23916910053";
  private static final String HAVLANDET = "311860917";
  private static final String API = "/accessmanagement/api/v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Altinn3TestServer server;
  private HttpClient ase;

  @BeforeAll
  static void start() {
    server = new Altinn3TestServer(ApiDelay.NONE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void logIn() throws Exception {
    server.module.reset();
    ase = server.browser(ASE, APE);
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri(API + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(HttpClient client, String path) throws Exception {
    HttpResponse<String> response = get(client, path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void theAdminCheckAnswersTrueOrFalse() throws Exception {
    assertThat(json(ase, "/user/isMaskinportenAdmin").asBoolean()).isTrue();
    assertThat(json(server.browser(OLA, NORDFJELL), "/user/isMaskinportenAdmin").isBoolean())
        .isTrue();
    assertThat(json(server.browser(OLA, NORDFJELL), "/user/isMaskinportenAdmin").asBoolean())
        .isFalse();
  }

  @Test
  void theProfileSaysHovedenhetOnlyForAnActorWithSubUnits() throws Exception {
    assertThat(json(ase, "/profile").at("/unitType").asText()).isEqualTo("hovedenhet");
    assertThat(json(server.browser(SIRI, HAVLANDET), "/profile").at("/unitType").isNull()).isTrue();
    assertThat(json(ase, "/profile").at("/actor/registerName").asText())
        .isEqualTo("LEVENDE KUNSTIG APE");
  }

  @Test
  void aSuppliersApisAreReadOnTheirOwn() throws Exception {
    JsonNode apis = json(ase, "/maskinporten/suppliers/312605031/apis");
    assertThat(apis).hasSize(2);
    assertThat(apis.get(0).at("/identifier").asText()).isEqualTo("kartverket-matrikkel");
    assertThat(get(ase, "/maskinporten/suppliers/980858073/apis").statusCode()).isEqualTo(404);
    assertThat(get(server.browser(OLA, NORDFJELL), "/maskinporten/suppliers/312605031/apis"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(403);
  }

  @Test
  void theDelegationCheckRefusesOnlyWhatTheRegistryMarks() throws Exception {
    assertThat(
            json(ase, "/maskinporten/delegationcheck?resource=digdir-dpi-send")
                .at("/canDelegate")
                .asBoolean())
        .isTrue();
    assertThat(
            json(ase, "/maskinporten/delegationcheck?resource=helsedir-hpr-oppslag")
                .at("/canDelegate")
                .asBoolean())
        .isFalse();
    assertThat(get(ase, "/maskinporten/delegationcheck?resource=nei").statusCode()).isEqualTo(404);
  }

  @Test
  void givingAnApiTheCheckRefusesIs400() throws Exception {
    HttpResponse<String> refused =
        ase.send(
            HttpRequest.newBuilder(server.uri(API + "/maskinporten/suppliers/312605031/apis"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"identifier\":\"helsedir-hpr-oppslag\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).at("/kode").asText()).isEqualTo("KAN_IKKE_DELEGERES");
  }

  @Test
  void theScopeSearchAnswersSevenAtATimeWithTheTotal() throws Exception {
    JsonNode first = json(ase, "/maskinporten/scopes/search?search=&page=1&resultsPerPage=7");
    int total = first.at("/total").asInt();
    assertThat(total).isGreaterThan(14);
    assertThat(first.at("/results")).hasSize(7);
    assertThat(first.at("/owners").size()).isGreaterThanOrEqualTo(7);

    int lastPage = (total + 6) / 7;
    JsonNode last =
        json(ase, "/maskinporten/scopes/search?search=&page=" + lastPage + "&resultsPerPage=7");
    assertThat(last.at("/results").size()).isEqualTo(total - 7 * (lastPage - 1));
  }

  @Test
  void theScopeFindsDpiFirstAndTheLookAlikeAfter() throws Exception {
    JsonNode hits = json(ase, "/maskinporten/scopes/search?search=digitalpostinnbygger%3Asend");
    assertThat(hits.at("/total").asInt()).isEqualTo(2);
    assertThat(hits.at("/results/0/identifier").asText()).isEqualTo("digdir-dpi-send");
    assertThat(hits.at("/results/1/identifier").asText()).isEqualTo("digdir-dpi-les");
    assertThat(hits.at("/results/1/title").asText())
        .isEqualTo("Digital post til innbyggere – lesetilgang");
  }

  @Test
  void theOwnerFilterKeepsOnlyThatOwnersApis() throws Exception {
    JsonNode hits = json(ase, "/maskinporten/scopes/search?search=&owner=889640782");
    assertThat(hits.at("/results"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.at("/owner/name").asText()).isEqualTo("NAV"));
  }
}
