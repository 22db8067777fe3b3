package no.dpifullmakt.practiceportal.start;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static no.dpifullmakt.practiceportal.PortalBrowser.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.TestState;
import no.dpifullmakt.practiceportal.idporten.CsrfTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Start på nytt" and "Start fra en situasjon" as people use them. The portal has test endpoints
 * only so the tests can read the state afterwards; the controls do not need them.
 */
class PracticeControlsTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String HAVLANDET = "311860917";
  private static final String NORDFJELL = "310166138";
  private static final String VISMA_WITH_DPI = "980858073=[digdir-dpi-send]";

  private static PracticePortal portal;
  private static TestState state;
  private PortalBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    state = new TestState(portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @BeforeEach
  void freshPortalAndBrowser() {
    portal.reset();
    browser = new PortalBrowser(portal.baseUrl());
  }

  private HttpResponse<String> startFrom(String situation, String actor) {
    String token = csrfIn(browser.get("/").body());
    return browser.post(
        "/ovelse/situasjon", form(CsrfTokens.FIELD, token, "aktor", actor, "situasjon", situation));
  }

  @Test
  void startingFromASituationChangesOnlyThatOrganisationAndSaysWhomToLogInAs() {
    HttpResponse<String> response = startFrom("altinn3-visma-har-dpi", FJORDVIK);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(unescaped(response.body()))
        .contains("<div class=\"notice notice-ok\" role=\"status\"")
        .contains("Fjordvik kommune starter fra en ny situasjon i Altinn 3")
        .contains("har allerede fullmakt til «Digital post til innbyggere»")
        .contains(
            "Logg inn som Ingrid Fjellheim (12857610030) eller Marte Kvam (08828510011), og velg"
                + " Fjordvik kommune.")
        .contains("Bare Fjordvik kommune i Altinn 3 er endret.")
        .contains("href=\"/accessmanagement/ui/maskinporten\">Gå til Altinn 3</a>")
        .contains(
            "id=\"situasjon-altinn3-visma-har-dpi\" value=\"altinn3-visma-har-dpi\" required"
                + " checked>");
    assertThat(state.altinn3Suppliers(FJORDVIK)).contains(VISMA_WITH_DPI);
    assertThat(state.altinn3Suppliers(HAVLANDET)).doesNotContain(VISMA_WITH_DPI);
  }

  @Test
  void anAltinn2SituationNamesThoseWhoMayDelegate() {
    String page = unescaped(startFrom("altinn2-ks-har-dpi", NORDFJELL).body());

    assertThat(page)
        .contains("Nordfjell Interkommunale Arkiv IKS starter fra en ny situasjon i Altinn 2")
        .contains("Logg inn som Ola Bakketun (04888110041), og velg Nordfjell Interkommunale")
        .contains("href=\"/ui/Profile?Section=9\">Gå til Altinn 2</a>");
    assertThat(state.altinn2RightHolders(NORDFJELL)).contains("971032146=[5504_1, 2101_1]");
  }

  @Test
  void saysSoWhenNobodyCanPractiseTheSituationForThatOrganisation() {
    String page = unescaped(startFrom("altinn3-visma-lagt-til", NORDFJELL).body());

    assertThat(page)
        .contains(
            "Ingen av testpersonene kan øve på dette i Altinn 3 for Nordfjell Interkommunale"
                + " Arkiv IKS. Velg en annen virksomhet.");
  }

  @Test
  void someoneLoggedInForAnotherOrganisationIsSentThroughVelgAktor() {
    browser.logIn(INGRID, "311590839");

    String page = unescaped(startFrom("altinn3-visma-lagt-til", FJORDVIK).body());

    assertThat(page)
        .contains("Logget inn som <strong>Ingrid Fjellheim</strong>")
        .contains("href=\"/velg-aktor?goto=%2Faccessmanagement%2Fui%2Fmaskinporten\"");
  }

  @Test
  void startingOverPutsEverythingBackAndLogsEveryoneOut() {
    browser.logIn(INGRID, FJORDVIK);
    startFrom("altinn3-visma-har-dpi", HAVLANDET);
    String token = csrfIn(browser.get("/").body());

    HttpResponse<String> response =
        browser.post("/ovelse/start-pa-nytt", form(CsrfTokens.FIELD, token));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(unescaped(response.body()))
        .contains("Alt er satt tilbake til utgangspunktet")
        .contains("Alle er logget ut, så du begynner med innloggingen.")
        .doesNotContain("Logget inn som");
    assertThat(state.altinn3Suppliers(HAVLANDET)).doesNotContain(VISMA_WITH_DPI);
    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(302);
  }

  @Test
  void aFormWithoutTheTokenChangesNothing() {
    browser.logIn(INGRID, FJORDVIK);
    browser.get("/");

    HttpResponse<String> reset = browser.post("/ovelse/start-pa-nytt", form("x", "y"));
    HttpResponse<String> situation =
        browser.post(
            "/ovelse/situasjon", form("aktor", FJORDVIK, "situasjon", "altinn3-visma-har-dpi"));

    assertThat(reset.statusCode()).isEqualTo(403);
    assertThat(situation.statusCode()).isEqualTo(403);
    assertThat(reset.body()).contains(CsrfTokens.REFUSED, "role=\"alert\"");
    assertThat(browser.get("/ui/MessageBox").statusCode()).isEqualTo(200);
    assertThat(state.altinn3Suppliers(FJORDVIK)).doesNotContain(VISMA_WITH_DPI);
  }

  @Test
  void anotherBrowsersTokenIsRefused() {
    String othersToken = csrfIn(new PortalBrowser(portal.baseUrl()).get("/").body());
    browser.get("/");

    HttpResponse<String> response =
        browser.post("/ovelse/start-pa-nytt", form(CsrfTokens.FIELD, othersToken));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownSituationOrActorIsRefusedWithoutEchoingIt() {
    HttpResponse<String> unknownSituation = startFrom("<script>alert(1)</script>", FJORDVIK);
    HttpResponse<String> notAnActor = startFrom("altinn3-visma-har-dpi", "980858073");

    assertThat(unknownSituation.statusCode()).isEqualTo(400);
    assertThat(unknownSituation.body())
        .contains("Velg både en virksomhet og en situasjon, og prøv igjen.")
        .doesNotContain("<script>alert");
    assertThat(notAnActor.statusCode()).isEqualTo(400);
    assertThat(state.altinn3Suppliers(FJORDVIK)).doesNotContain(VISMA_WITH_DPI);
  }
}
