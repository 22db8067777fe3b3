package no.dpifullmakt.practiceportal.idporten;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static no.dpifullmakt.practiceportal.PortalBrowser.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginFlowTest {

  private static final String INGRID = "12857610030";
  private static final String MARTE = "08828510011";
  private static final String FJORDVIK = "315260183";

  private static PracticePortal portal;
  private PortalBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @BeforeEach
  void newBrowser() {
    browser = new PortalBrowser(portal.baseUrl());
  }

  @Test
  void aPageThatNeedsALoginSendsTheBrowserToIdPortenWithTheWayBack() {
    HttpResponse<String> response = browser.get("/velg-aktor?goto=/ui/Profile");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/idporten/login?goto=%2Fvelg-aktor%3Fgoto%3D%2Fui%2FProfile");
  }

  @Test
  void scriptsGet401InsteadOfARedirect() {
    HttpResponse<String> response = browser.fetch("/velg-aktor");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void theChooserOffersTestIdAndExplainsThatTheOthersAreNotAvailable() {
    HttpResponse<String> chooser = browser.get("/idporten/login?goto=/ui/Profile");
    assertThat(unescaped(chooser.body()))
        .contains("<h1>Velg elektronisk ID</h1>", "MinID", "BankID på mobil", "Commfides")
        .contains("href=\"/idporten/testid?goto=%2Fui%2FProfile\"")
        .contains("<strong class=\"idp-method-title\">TestID</strong>")
        .contains("Lag din egen (testbruker)");

    HttpResponse<String> minId = browser.get("/idporten/login?goto=/ui/Profile&metode=minid");
    assertThat(minId.body()).contains("MinID er ikke tilgjengelig i øvingsportalen.");
  }

  @Test
  void aGotoThatLeavesThePortalIsReplacedByTheInbox() {
    assertThat(ReturnPath.sanitize("//evil.example/x")).isEqualTo(ReturnPath.DEFAULT);
    assertThat(ReturnPath.sanitize("https://evil.example/")).isEqualTo(ReturnPath.DEFAULT);
    assertThat(ReturnPath.sanitize("/\\evil.example")).isEqualTo(ReturnPath.DEFAULT);
    assertThat(ReturnPath.sanitize(null)).isEqualTo(ReturnPath.DEFAULT);
    assertThat(ReturnPath.sanitize("/ui/Profile?Section=9")).isEqualTo("/ui/Profile?Section=9");
  }

  @Test
  void testIdRejectsANumberOfTheWrongLengthWithoutEchoingIt() {
    HttpResponse<String> response = submitTestId("1285761");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(TestIdPage.WRONG_LENGTH)
        .contains("aria-describedby=\"pid-feil\"")
        .doesNotContain("1285761");
  }

  @Test
  void testIdRejectsAnUnknownPersonWithoutEchoingTheNumber() {
    HttpResponse<String> response = submitTestId("01017012345");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains(TestIdPage.UNKNOWN).doesNotContain("01017012345");
  }

  @Test
  void testIdRefusesAPostWithoutTheFormsToken() {
    HttpResponse<String> response =
        browser.post("/idporten/testid", form("goto", "/ui/Profile", "pid", INGRID));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aKnownPersonIsLoggedInAndAlwaysAskedToChooseAnActor() {
    HttpResponse<String> response = submitTestId(INGRID);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/velg-aktor?goto=%2Fui%2FProfile");
    assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain(INGRID);

    HttpResponse<String> choice = browser.get("/velg-aktor?goto=/ui/Profile");
    assertThat(choice.body())
        .contains("role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"va-title\"")
        .contains("<h1 id=\"va-title\" class=\"va-title\">Velg aktør</h1>")
        .contains("role=\"menu\"")
        .contains(
            "<span class=\"va-party-name\">FJORDVIK KOMMUNE</span> "
                + "<span class=\"va-party-number\">Org.nr. 315 260 183</span>")
        .contains("FJORDVIK KOMMUNALE EIENDOM KF")
        .doesNotContain("Søk etter aktør");
  }

  @Test
  void aPersonWithManyPartiesGetsASearchbox() {
    submitTestId(MARTE);

    HttpResponse<String> choice = browser.get("/velg-aktor");

    assertThat(choice.body()).contains("aria-label=\"Søk etter aktør\"");
  }

  @Test
  void choosingAnActorLeadsToTheRequestedPage() {
    submitTestId(INGRID);
    String token = csrfIn(browser.get("/velg-aktor?goto=/ui/Profile").body());

    HttpResponse<String> chosen =
        browser.post("/velg-aktor", form("_csrf", token, "goto", "/ui/Profile", "aktor", FJORDVIK));

    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(chosen.headers().firstValue("Location")).hasValue("/ui/Profile");
  }

  @Test
  void nobodyCanChooseAnOrganisationTheyMayNotActFor() {
    submitTestId(INGRID);
    String token = csrfIn(browser.get("/velg-aktor").body());

    HttpResponse<String> chosen =
        browser.post("/velg-aktor", form("_csrf", token, "goto", "/", "aktor", "971032146"));

    assertThat(chosen.statusCode()).isEqualTo(403);
  }

  @Test
  void choosingWithoutTheTokenIsRefused() {
    submitTestId(INGRID);

    HttpResponse<String> chosen = browser.post("/velg-aktor", form("goto", "/", "aktor", FJORDVIK));

    assertThat(chosen.statusCode()).isEqualTo(403);
  }

  @Test
  void loggingOutEndsTheSession() {
    browser.logIn(INGRID, FJORDVIK);

    assertThat(browser.get(IdPortenModule.LOGOUT).body()).contains("Du er logget ut");
    assertThat(browser.get("/velg-aktor").statusCode()).isEqualTo(302);
  }

  private HttpResponse<String> submitTestId(String pid) {
    String token = csrfIn(browser.get("/idporten/testid?goto=/ui/Profile").body());
    return browser.post(
        "/idporten/testid", form("_csrf", token, "goto", "/ui/Profile", "pid", pid));
  }
}
