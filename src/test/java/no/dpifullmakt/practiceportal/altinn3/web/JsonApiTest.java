package no.dpifullmakt.practiceportal.altinn3.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;
import no.dpifullmakt.practiceportal.directory.Organisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonApiTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String OLA = "04888110041";
  private static final String NORDFJELL = "310166138";
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
        HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(HttpClient client, String path, String json) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> delete(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri(path)).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private JsonNode testState(String actor) throws Exception {
    return json(get(ase, "/ovelse/test/altinn3/tilstand?aktor=" + actor));
  }

  @Test
  void theProfileNamesPersonAndActorInTitleCase() throws Exception {
    JsonNode profile = json(get(ase, API + "/profile"));
    assertThat(profile.at("/personName").asText()).isEqualTo("Åse Solbakken");
    assertThat(profile.at("/actor/name").asText()).isEqualTo("Levende Kunstig Ape");
    assertThat(profile.at("/actor/groupedOrgnr").asText()).isEqualTo("312 787 075");
    assertThat(profile.at("/maskinportenAdministrator").asBoolean()).isTrue();
  }

  @Test
  void withoutLoginTheApiAnswers401() throws Exception {
    HttpResponse<String> response = get(server.anonymous(), API + "/maskinporten/suppliers");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).at("/kode").asText()).isEqualTo("IKKE_INNLOGGET");
  }

  @Test
  void withoutActorTheApiAnswers401WithItsOwnCode() throws Exception {
    HttpResponse<String> response = get(server.browser(ASE, null), API + "/profile");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).at("/kode").asText()).isEqualTo("MANGLER_AKTOR");
  }

  @Test
  void withoutTheMaskinportenPackageTheApiAnswers403() throws Exception {
    HttpClient ola = server.browser(OLA, NORDFJELL);
    assertThat(get(ola, API + "/maskinporten/suppliers").statusCode()).isEqualTo(403);
    assertThat(json(get(ola, API + "/profile")).at("/maskinportenAdministrator").asBoolean())
        .isFalse();
  }

  @Test
  void theSeededSuppliersAreListedByName() throws Exception {
    JsonNode suppliers = json(get(ase, API + "/maskinporten/suppliers"));
    assertThat(suppliers).hasSize(2);
    assertThat(suppliers.get(0).at("/name").asText()).isEqualTo("Eksempel Systempartner AS");
    assertThat(suppliers.get(1).at("/name").asText()).isEqualTo("Testleverandor AS");
    assertThat(suppliers.get(1).at("/groupedOrgnr").asText()).isEqualTo("312 605 031");
  }

  @Test
  void lookupFindsNamesAndRefusesOwnAndUnknownNumbers() throws Exception {
    HttpResponse<String> found = get(ase, API + "/lookup/organisation/991825827");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(json(found).at("/name").asText()).isEqualTo("Digitaliseringsdirektoratet");
    assertThat(json(found).at("/registerName").asText()).isEqualTo("DIGITALISERINGSDIREKTORATET");

    HttpResponse<String> own = get(ase, API + "/lookup/organisation/" + APE);
    assertThat(own.statusCode()).isEqualTo(400);
    assertThat(json(own).at("/kode").asText()).isEqualTo("EGET_ORGNR");

    HttpResponse<String> unknown = get(ase, API + "/lookup/organisation/991825828");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).at("/kode").asText()).isEqualTo("UKJENT_ORGNR");
  }

  @Test
  void afterFiveUnknownNumbersThePersonIsLockedOut() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(get(ase, API + "/lookup/organisation/123456789").statusCode()).isEqualTo(400);
    }
    HttpResponse<String> locked = get(ase, API + "/lookup/organisation/991825827");
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(json(locked).at("/kode").asText()).isEqualTo("SPERRET");
  }

  @Test
  void addingGivingAndRemovingMakesExactlyOneDelegation() throws Exception {
    String visma = "980858073";
    assertThat(
            post(ase, API + "/maskinporten/suppliers", "{\"orgnr\":\"" + visma + "\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            post(ase, API + "/maskinporten/suppliers", "{\"orgnr\":\"" + visma + "\"}")
                .statusCode())
        .isEqualTo(200);

    String give = API + "/maskinporten/suppliers/" + visma + "/apis";
    HttpResponse<String> first = post(ase, give, "{\"identifier\":\"digdir-dpi-send\"}");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(json(first).at("/apis/0/title").asText()).isEqualTo("Digital post til innbyggere");
    assertThat(post(ase, give, "{\"identifier\":\"digdir-dpi-send\"}").statusCode()).isEqualTo(200);

    JsonNode state = testState(APE);
    assertThat(state.at("/leverandorer")).hasSize(3);
    JsonNode vismaState = supplier(state, visma);
    assertThat(vismaState.at("/navn").asText()).isEqualTo("Visma Software International AS");
    assertThat(vismaState.at("/api")).hasSize(1);
    assertThat(vismaState.at("/api/0").asText()).isEqualTo("digdir-dpi-send");

    assertThat(delete(ase, give + "/digdir-dpi-send").statusCode()).isEqualTo(204);
    assertThat(supplier(testState(APE), visma).at("/api")).isEmpty();

    assertThat(delete(ase, API + "/maskinporten/suppliers/" + visma).statusCode()).isEqualTo(204);
    assertThat(testState(APE).at("/leverandorer")).hasSize(2);
    assertThat(get(ase, API + "/maskinporten/suppliers/" + visma).statusCode()).isEqualTo(404);
  }

  @Test
  void parallelGivingOfTheSameApiStillMakesOneDelegation() throws Exception {
    String give = API + "/maskinporten/suppliers/312605031/apis";
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(
          ase.sendAsync(
              HttpRequest.newBuilder(server.uri(give))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"identifier\":\"digdir-dpi-send\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    long created =
        calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 201).count();
    assertThat(created).isEqualTo(1);
    assertThat(supplier(testState(APE), "312605031").at("/api")).hasSize(3);
  }

  @Test
  void addingTheOwnOrAnUnknownNumberIsRefused() throws Exception {
    assertThat(
            post(ase, API + "/maskinporten/suppliers", "{\"orgnr\":\"" + APE + "\"}").statusCode())
        .isEqualTo(400);
    assertThat(post(ase, API + "/maskinporten/suppliers", "{\"orgnr\":\"123456789\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void givingAnUnknownApiOrToANonSupplierIs404() throws Exception {
    assertThat(
            post(ase, API + "/maskinporten/suppliers/312605031/apis", "{\"identifier\":\"nei\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            post(
                    ase,
                    API + "/maskinporten/suppliers/980858073/apis",
                    "{\"identifier\":\"digdir-dpi-send\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            post(
                    ase,
                    API + "/maskinporten/suppliers/312605031/apis",
                    "{\"identifier\":\"skd-a-melding\"}")
                .statusCode())
        .as("single-right services are no Maskinporten APIs")
        .isEqualTo(404);
  }

  @Test
  void theApiSearchFindsDpiByScopeFirst() throws Exception {
    JsonNode hits = json(get(ase, API + "/maskinporten/apis?search=digitalpostinnbygger%3Asend"));
    assertThat(hits.get(0).at("/identifier").asText()).isEqualTo("digdir-dpi-send");
    assertThat(hits.get(0).at("/owner/name").asText()).isEqualTo("Digitaliseringsdirektoratet");
    assertThat(json(get(ase, API + "/maskinporten/apis")).size()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void consumersAreTheOrganisationsThatGaveTheActorApis() throws Exception {
    JsonNode consumers = json(get(ase, API + "/maskinporten/consumers"));
    assertThat(consumers).hasSize(1);
    assertThat(consumers.get(0).at("/consumer/name").asText())
        .isEqualTo("Nordfjell Interkommunale Arkiv IKS");
    assertThat(consumers.get(0).at("/apis")).hasSize(2);
  }

  @Test
  void situationsAreAppliedPerActor() throws Exception {
    Organisation ape = server.context.directory().organisation(APE).orElseThrow();
    assertThat(server.module.applySituation("altinn3-visma-har-dpi", ape)).isTrue();
    assertThat(supplier(testState(APE), "980858073").at("/api/0").asText())
        .isEqualTo("digdir-dpi-send");
    assertThat(testState("315260183").at("/leverandorer")).hasSize(2);
  }

  @Test
  void theShellRedirectsToTheLoginAndServesTheSameHtmlForEveryRoute() throws Exception {
    HttpResponse<String> anonymous =
        get(server.anonymous(), "/accessmanagement/ui/maskinporten/supplier/312605031");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow())
        .isEqualTo(
            "/idporten/login?goto=%2Faccessmanagement%2Fui%2Fmaskinporten%2Fsupplier%2F312605031");

    HttpResponse<String> noActor = get(server.browser(ASE, null), "/accessmanagement/ui/users");
    assertThat(noActor.statusCode()).isEqualTo(302);
    assertThat(noActor.headers().firstValue("Location").orElseThrow())
        .startsWith("/velg-aktor?goto=");

    String a = get(ase, "/accessmanagement/ui/maskinporten").body();
    String b = get(ase, "/accessmanagement/ui/maskinporten/supplier/312605031").body();
    assertThat(a).isEqualTo(b).contains("<html");
  }

  @Test
  void assetsAreServedAsFilesThatMayBeKeptWhileThePortalRuns() throws Exception {
    String shell = get(ase, "/accessmanagement/ui/maskinporten").body();
    java.util.regex.Matcher src =
        java.util.regex.Pattern.compile("src=\"(/accessmanagement/assets/[a-z0-9]+/app/app\\.js)\"")
            .matcher(shell);
    assertThat(src.find()).as(shell).isTrue();
    HttpResponse<String> script = get(ase, src.group(1));
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
  }

  private static JsonNode supplier(JsonNode state, String orgnr) {
    for (JsonNode s : state.at("/leverandorer")) {
      if (s.at("/orgnr").asText().equals(orgnr)) {
        return s;
      }
    }
    throw new AssertionError("Ingen leverandør " + orgnr + " i " + state);
  }
}
