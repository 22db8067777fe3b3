package no.dpifullmakt.practiceportal.faults;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.directory.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every server-side fault, over HTTP, as the pages' own requests meet it. */
class FaultsHttpTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String VISMA = "980858073";
  private static final String DPI_SERVICE = "5504_1";
  private static final String API = "/accessmanagement/api/v1";
  private static final String VISMA_APIS = API + "/maskinporten/suppliers/" + VISMA + "/apis";
  private static final String SOMETHING_WENT_WRONG = "Noe gikk galt. Prøv igjen senere.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PracticePortal portal;
  private static PortalBrowser control;
  private PortalBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PortalBrowser(portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @BeforeEach
  void fresh() {
    control.script("POST", "/ovelse/test/reset", null);
    browser = new PortalBrowser(portal.baseUrl());
  }

  private static HttpResponse<String> faults(String json) {
    HttpResponse<String> response = control.script("POST", "/ovelse/test/feil", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static JsonNode altinn3Visma() throws Exception {
    JsonNode state =
        JSON.readTree(control.get("/ovelse/test/altinn3/tilstand?aktor=" + APE).body());
    for (JsonNode supplier : state.get("leverandorer")) {
      if (supplier.get("orgnr").asText().equals(VISMA)) {
        return supplier;
      }
    }
    return null;
  }

  private static long millis(Runnable request) {
    long start = System.nanoTime();
    request.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void theEndpointSetsShowsAndClearsTheFaultsAndRefusesTypos() throws Exception {
    HttpResponse<String> set = faults("{\"forsinkelseMs\": 5, \"mistSvarPåNesteEndring\": true}");
    assertThat(JSON.readTree(set.body()).get("mistSvarPåNesteEndring").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(control.get("/ovelse/test/feil").body()).get("forsinkelseMs").asInt())
        .isEqualTo(5);

    HttpResponse<String> typo = control.script("POST", "/ovelse/test/feil", "{\"forsinkelse\": 5}");
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(typo.body()).get("feil").asText())
        .startsWith("Ukjent felt: forsinkelse.");

    control.script("DELETE", "/ovelse/test/feil", null);
    assertThat(JSON.readTree(control.get("/ovelse/test/feil").body()).get("forsinkelseMs").asInt())
        .isZero();
  }

  @Test
  void faultsFromTheOptionsAreThereFromTheStartAndAfterAReset() throws Exception {
    Faults slow = Faults.none().withForsinkelseMs(1).withFrø(9);
    try (PracticePortal other = PracticePortal.start(PortalOptions.forTests().withFaults(slow))) {
      PortalBrowser client = new PortalBrowser(other.baseUrl());
      client.script("DELETE", "/ovelse/test/feil", null);
      client.script("POST", "/ovelse/test/reset", null);

      JsonNode now = JSON.readTree(client.get("/ovelse/test/feil").body());
      assertThat(now.get("forsinkelseMs").asInt()).isEqualTo(1);
      assertThat(now.get("frø").asInt()).isEqualTo(9);
    }
  }

  @Test
  void latencyIsAddedToStaticFilesPagesAndJsonButNotToTheTestEndpoints() {
    faults("{\"forsinkelseMs\": 400}");
    browser.logIn(INGRID, FJORDVIK);

    assertThat(millis(() -> browser.get("/ressurser/altinn2/altinn2.css")))
        .isGreaterThanOrEqualTo(400);
    assertThat(millis(() -> browser.get("/ui/MessageBox"))).isGreaterThanOrEqualTo(400);
    assertThat(millis(() -> browser.fetch(API + "/profile"))).isGreaterThanOrEqualTo(400);
    assertThat(millis(() -> control.get("/ovelse/test/feil"))).isLessThan(400);
  }

  @Test
  void aFailedReadAnswers503OnceAndTheSameReadAgainAnswers() {
    faults("{\"lesefeilAndel\": 1.0}");
    browser.logIn(INGRID, FJORDVIK);

    HttpResponse<String> failed = browser.fetch("/ui/Profile/RightHolders");
    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(failed.body()).isEqualTo(SOMETHING_WENT_WRONG);
    assertThat(browser.fetch("/ui/Profile/RightHolders").statusCode()).isEqualTo(200);

    assertThat(browser.fetch(API + "/profile").statusCode()).isEqualTo(503);
    assertThat(browser.fetch(API + "/profile").statusCode()).isEqualTo(200);
  }

  @Test
  void aFailedReadAlsoWaitsForTheLatency() {
    faults("{\"lesefeilAndel\": 1.0, \"forsinkelseMs\": 300}");
    browser.logIn(INGRID, FJORDVIK);

    AtomicReference<HttpResponse<String>> failed = new AtomicReference<>();
    long took = millis(() -> failed.set(browser.fetch("/ui/Profile/RightHolders")));

    assertThat(failed.get().statusCode()).isEqualTo(503);
    assertThat(took).isGreaterThanOrEqualTo(300);
  }

  @Test
  void theIconABrowserAsksForOnItsOwnDoesNotCountForTheSession() {
    faults("{\"sesjonUtløperEtterForespørsler\": 1}");
    browser.logIn(INGRID, FJORDVIK);

    browser.get("/favicon.ico");
    browser.get("/ressurser/altinn2/altinn2.css");

    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(200);
    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(302);
  }

  @Test
  void pageLoadsAndChangesNeverFailAsReads() {
    faults("{\"lesefeilAndel\": 1.0}");
    browser.logIn(INGRID, FJORDVIK);

    assertThat(browser.get("/ui/Profile").statusCode()).isEqualTo(200);
    assertThat(browser.get("/ressurser/altinn2/altinn2.js").statusCode()).isEqualTo(200);
    assertThat(delegateDpiToVismaInAltinn2().statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredSessionSendsPagesToTheLoginAndScriptsGet401UntilTheNextLogin() {
    faults("{\"sesjonUtløperEtterForespørsler\": 3}");
    browser.logIn(INGRID, FJORDVIK);

    for (int i = 0; i < 3; i++) {
      assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> expired = browser.get("/ui/Profile?Section=9");
    assertThat(expired.statusCode()).isEqualTo(302);
    assertThat(expired.headers().firstValue("Location"))
        .hasValue("/idporten/login?goto=%2Fui%2FProfile%3FSection%3D9");
    assertThat(browser.fetch("/ui/Profile/RightHolders").statusCode()).isEqualTo(401);

    browser.logIn(INGRID, FJORDVIK);
    assertThat(browser.get("/ui/Profile?Section=9").statusCode()).isEqualTo(200);
  }

  @Test
  void aLostAnswerInAltinn3HidesTheSuccessButTheApiIsGivenExactlyOnce() throws Exception {
    control.script("POST", "/ovelse/test/situasjon/altinn3-visma-lagt-til?aktor=" + APE, null);
    faults("{\"mistSvarPåNesteEndring\": true}");
    browser.logIn(ASE, APE);

    HttpResponse<String> lost =
        browser.script("POST", VISMA_APIS, "{\"identifier\":\"digdir-dpi-send\"}");
    assertThat(lost.statusCode()).isEqualTo(502);
    assertThat(lost.body()).isEqualTo(SOMETHING_WENT_WRONG);
    assertThat(altinn3Visma().get("api").toString()).isEqualTo("[\"digdir-dpi-send\"]");

    JsonNode reloaded =
        JSON.readTree(browser.fetch(API + "/maskinporten/suppliers/" + VISMA).body());
    assertThat(reloaded.get("apis")).hasSize(1);

    HttpResponse<String> again =
        browser.script("POST", VISMA_APIS, "{\"identifier\":\"digdir-dpi-send\"}");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(altinn3Visma().get("api")).hasSize(1);
  }

  @Test
  void aLostAnswerWhenAddingASupplierStillAddsItOnce() throws Exception {
    faults("{\"mistSvarPåNesteEndring\": 1}");
    browser.logIn(ASE, APE);
    String body = "{\"orgnr\":\"" + VISMA + "\"}";

    assertThat(browser.script("POST", API + "/maskinporten/suppliers", body).statusCode())
        .isEqualTo(502);
    assertThat(altinn3Visma()).isNotNull();
    assertThat(browser.script("POST", API + "/maskinporten/suppliers", body).statusCode())
        .isEqualTo(200);
    JsonNode state =
        JSON.readTree(control.get("/ovelse/test/altinn3/tilstand?aktor=" + APE).body());
    assertThat(state.get("leverandorer").findValuesAsText("orgnr")).containsOnlyOnce(VISMA);
  }

  @Test
  void aLostAnswerInAltinn2GivesTheServiceOnceAndLeavesAddingAlone() throws Exception {
    faults("{\"mistSvarPåNesteEndring\": 1}");
    browser.logIn(INGRID, FJORDVIK);

    HttpResponse<String> identified =
        browser.post(
            "/ui/DelegationModal/AddRightHolder/Organisation",
            form("orgnr", VISMA, "navn", "vism"),
            scriptHeaders());
    assertThat(identified.statusCode()).isEqualTo(200);

    HttpResponse<String> lost = delegateDpiToVismaInAltinn2();
    assertThat(lost.statusCode()).isEqualTo(502);
    assertThat(lost.body()).isEqualTo(SOMETHING_WENT_WRONG);
    assertThat(dpiCountInAltinn2()).isEqualTo(1);

    assertThat(delegateDpiToVismaInAltinn2().statusCode()).isEqualTo(200);
    assertThat(dpiCountInAltinn2()).isEqualTo(1);
  }

  @Test
  void theNextPageLoadsAnswer503WithALoadBalancersPageButScriptsFilesAndPostsDoNot() {
    browser.logIn(INGRID, FJORDVIK);
    Map<String, String> headers = scriptHeaders();
    faults("{\"sidefeilAntall\": 3}");

    HttpResponse<String> failed = browser.get("/ui/Profile?Section=9");
    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(failed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(failed.body())
        .contains("<title>503 Service Unavailable</title>")
        .contains("<h1>503 Service Unavailable</h1>")
        .contains(
            "<p>The server is temporarily unable to service your request. Please try again"
                + " later.</p>")
        .doesNotContain("Altinn", "Øvingsportal", "a-globalHeader");

    assertThat(browser.fetch("/ui/Profile/RightHolders").statusCode()).isEqualTo(200);
    assertThat(browser.get("/ressurser/altinn2/altinn2.css").statusCode()).isEqualTo(200);
    assertThat(browser.fetch(API + "/profile").statusCode()).isEqualTo(200);
    assertThat(delegateDpiToVismaInAltinn2(headers).statusCode()).isEqualTo(200);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    assertThat(control.get("/ovelse/test/feil").statusCode()).isEqualTo(200);

    assertThat(browser.get("/accessmanagement/ui").statusCode()).isEqualTo(503);
    assertThat(browser.get("/skjemaoversikt").statusCode()).isEqualTo(503);
    assertThat(browser.get("/ui/Profile?Section=9").statusCode()).isEqualTo(200);
  }

  @Test
  void onlyPageLoadsUnderTheGivenPathsFailSoTheLoginCanFailAlone() throws Exception {
    HttpResponse<String> set =
        faults("{\"sidefeilAntall\": 1, \"sidefeilStier\": [\"/idporten\"]}");
    assertThat(JSON.readTree(set.body()).get("sidefeilStier").toString())
        .isEqualTo("[\"/idporten\"]");

    HttpResponse<String> profile = browser.get("/ui/Profile?Section=9");
    assertThat(profile.statusCode()).isEqualTo(302);
    String login = profile.headers().firstValue("Location").orElseThrow();

    assertThat(browser.get(login).statusCode()).isEqualTo(503);
    assertThat(browser.get(login).body()).contains("TestID");
    browser.logIn(INGRID, FJORDVIK);
    assertThat(browser.get("/ui/Profile?Section=9").statusCode()).isEqualTo(200);
  }

  @Test
  void aFailedPageLoadCountsForNoSession() {
    browser.logIn(INGRID, FJORDVIK);
    faults("{\"sidefeilAntall\": 1, \"sesjonUtløperEtterForespørsler\": 1}");

    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(503);
    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(200);
    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(302);
  }

  @Test
  void aResetCountsThePageLoadFailuresOfTheOptionsAfresh() {
    Faults oneFailure = Faults.none().withSidefeilAntall(1);
    try (PracticePortal other =
        PracticePortal.start(PortalOptions.forTests().withFaults(oneFailure))) {
      PortalBrowser client = new PortalBrowser(other.baseUrl());

      assertThat(client.get("/idporten/login").statusCode()).isEqualTo(503);
      assertThat(client.get("/idporten/login").statusCode()).isEqualTo(200);
      client.script("POST", "/ovelse/test/reset", null);
      assertThat(client.get("/idporten/login").statusCode()).isEqualTo(503);
    }
  }

  @Test
  void aMistypedPathListIsRefusedInNorwegian() throws Exception {
    HttpResponse<String> refused =
        control.script("POST", "/ovelse/test/feil", "{\"sidefeilStier\": \"/idporten\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("feil").asText())
        .isEqualTo("sidefeilStier må være en liste med stier, for eksempel [\"/idporten\"].");
  }

  private HttpResponse<String> delegateDpiToVismaInAltinn2() {
    return delegateDpiToVismaInAltinn2(scriptHeaders());
  }

  private HttpResponse<String> delegateDpiToVismaInAltinn2(Map<String, String> headers) {
    String visma = new Parties(Directory.seeded()).organisation(VISMA).uuid().toString();
    return browser.post(
        "/ui/DelegationModal/RightHolder/" + visma + "/Services",
        form("tjeneste", DPI_SERVICE),
        headers);
  }

  private Map<String, String> scriptHeaders() {
    return Map.of(
        "X-CSRF-Token", csrfIn(browser.get("/ui/MessageBox").body()), "X-Requested-With", "fetch");
  }

  private int dpiCountInAltinn2() throws Exception {
    JsonNode state =
        JSON.readTree(control.get("/ovelse/test/altinn2/tilstand?aktor=" + FJORDVIK).body());
    int count = 0;
    for (JsonNode holder : state.get("rettighetshavere")) {
      if (holder.get("id").asText().equals(VISMA)) {
        count +=
            (int)
                holder.get("tjenester").findValuesAsText("kode").stream()
                    .filter(DPI_SERVICE::equals)
                    .count();
      }
    }
    return count;
  }
}
