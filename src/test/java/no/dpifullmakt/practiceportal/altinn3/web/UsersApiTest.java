package no.dpifullmakt.practiceportal.altinn3.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersApiTest {

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
    ase = server.browser("15867210064", "312787075");
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(
        ase.send(
                HttpRequest.newBuilder(server.uri(API + path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return ase.send(
        HttpRequest.newBuilder(server.uri(API + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSingleRightsSearchNeverFindsTheDpiApi() throws Exception {
    for (String query : new String[] {"DPI", "digitalpostinnbygger:send", "digdir-dpi-send"}) {
      JsonNode hits = get("/singlerights/resources?search=" + query + "&includeExpired=true");
      assertThat(hits).as(query).isEmpty();
    }
    assertThat(get("/singlerights/resources?search=").size()).isGreaterThan(3);
  }

  @Test
  void expiredServicesOnlyWhenAskedFor() throws Exception {
    assertThat(get("/singlerights/resources?search=tinglysing")).isEmpty();
    assertThat(get("/singlerights/resources?search=tinglysing&includeExpired=true")).hasSize(1);
  }

  @Test
  void theUsersAreThePeopleWithRightsAndTheAddedOrganisations() throws Exception {
    JsonNode users = get("/users");
    List<String> names = new ArrayList<>();
    users.forEach(u -> names.add(u.at("/name").asText()));
    // Sigrid Haugland and Oliver Strand have Åse Solbakken's rights, in nynorsk and English.
    assertThat(names).containsExactly("Oliver Strand", "Sigrid Haugland", "Åse Solbakken");

    HttpResponse<String> added = post("/users", "{\"orgnr\":\"980858073\"}");
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(post("/users", "{\"orgnr\":\"980858073\"}").statusCode()).isEqualTo(200);
    assertThat(get("/users")).hasSize(4);
    assertThat(post("/users", "{\"orgnr\":\"312787075\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void singleRightsAreGivenOnceAndMaskinportenApisAreRefused() throws Exception {
    post("/users", "{\"orgnr\":\"980858073\"}");
    String give = "/users/980858073/singlerights";
    assertThat(post(give, "{\"identifier\":\"skd-a-melding\"}").statusCode()).isEqualTo(201);
    assertThat(post(give, "{\"identifier\":\"skd-a-melding\"}").statusCode()).isEqualTo(200);
    assertThat(post(give, "{\"identifier\":\"digdir-dpi-send\"}").statusCode()).isEqualTo(404);
    assertThat(get("/users/980858073").at("/singleRights")).hasSize(1);
  }

  @Test
  void aPersonIsAddedByNumberAndLastName() throws Exception {
    assertThat(post("/users", "{\"pid\":\"04888110041\",\"lastName\":\"Feil\"}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> added =
        post("/users", "{\"pid\":\"04888110041\",\"lastName\":\"bakketun\"}");
    assertThat(added.statusCode()).isEqualTo(201);
    String id = JSON.readTree(added.body()).at("/id").asText();
    assertThat(get("/users/" + id).at("/user/name").asText()).isEqualTo("Ola Bakketun");
  }

  @Test
  void someoneWhoMayNotDelegateGets403() throws Exception {
    HttpClient jonas = server.browser("17879010047", "315260183");
    HttpResponse<String> response =
        jonas.send(
            HttpRequest.newBuilder(server.uri(API + "/users")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
