package no.dpifullmakt.practiceportal.altinn2;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static no.dpifullmakt.practiceportal.PortalBrowser.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.directory.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Altinn2HttpTest {

  private static final String INGRID = "12857610030";
  private static final String JONAS = "17879010047";
  private static final String FJORDVIK = "315260183";
  private static final String FJORDVIK_EIENDOM = "311590839";
  private static final String DPI = "5504_1";
  private static final Parties PARTIES = new Parties(Directory.seeded());
  private static final Party VISMA = PARTIES.organisation("980858073");
  private static final ObjectMapper JSON = new ObjectMapper();

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
  void freshPortalAndBrowser() {
    portal.reset();
    browser = new PortalBrowser(portal.baseUrl());
  }

  @Test
  void theProfileDeepLinkWithoutALoginGoesToIdPortenAndKeepsTheWayBack() {
    HttpResponse<String> response = browser.get("/ui/Profile?P=abc&Section=9");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/idporten/login?goto=%2Fui%2FProfile%3FP%3Dabc%26Section%3D9");
  }

  @Test
  void aLoggedInPersonWithoutAnActorIsAskedToChooseOne() {
    String token = csrfIn(browser.get("/idporten/testid").body());
    browser.post("/idporten/testid", form("_csrf", token, "goto", "/", "pid", INGRID));

    HttpResponse<String> response = browser.get("/ui/MessageBox");

    assertThat(response.headers().firstValue("Location"))
        .hasValue("/velg-aktor?goto=%2Fui%2FMessageBox");
  }

  @Test
  void theInboxHasTheGlobalHeader() {
    browser.logIn(INGRID, FJORDVIK);

    String page = unescaped(browser.get("/ui/MessageBox").body());

    assertThat(page)
        .contains("<div role=\"note\" class=\"ovingsbanner\">")
        .contains(">innboks</a>", ">alle skjema</a>", "href=\"/ui/Profile\"", ">profil</a>")
        .contains("INGRID FJELLHEIM", "FJORDVIK KOMMUNE", ">Logg ut</a>")
        .contains("<h1 class=\"a-pageTitle\">Innboks</h1>");
  }

  @Test
  void theProfileShowsTheOrganisationAndThePanelHeaderAsAltinnHadIt() {
    browser.logIn(INGRID, FJORDVIK);

    String page = browser.get("/ui/Profile").body();

    assertThat(page)
        .contains("Profil for FJORDVIK KOMMUNE org. nr 315 260 183")
        .contains(
            "<a href=\"#andremedrettigheter\" id=\"othersWithRightsHeader\" class=\"a-collapsePanel-heading a-js-panelToggle\" aria-expanded=\"false\" aria-controls=\"andremedrettigheter\">"
                + "Andre med rettigheter</a>")
        .contains("<div id=\"andremedrettigheter\" class=\"a-collapsePanel-body\" hidden")
        .contains("data-open-panel=\"\"");
  }

  @Test
  void theDeepLinkOpensThePanelAndSwitchesToThePartyAsked() {
    browser.logIn(INGRID, FJORDVIK);
    String party = PARTIES.organisation(FJORDVIK_EIENDOM).uuid().toString();

    String page = browser.get("/ui/Profile?P=" + party + "&Section=9").body();

    assertThat(page)
        .contains("Profil for FJORDVIK KOMMUNALE EIENDOM KF org. nr 311 590 839")
        .contains("data-open-panel=\"andremedrettigheter\"");
  }

  @Test
  void aDelegatorGetsTheAddButtonAndTheSeededRightHolders() {
    browser.logIn(INGRID, FJORDVIK);

    String panel = browser.fetch(Altinn2Module.OTHERS_PANEL).body();
    String rows = browser.fetch(Altinn2Module.RIGHT_HOLDERS).body();

    assertThat(panel)
        .contains("aria-label=\"Søk på person eller virksomhet\"", ">Aktivitetslogg</a>")
        .contains("<button type=\"button\" id=\"addNewRightHolder\"")
        .contains("<span class=\"a-btn-addNew-icon\" aria-hidden=\"true\">+</span>Legge til ny")
        .contains("<ul id=\"rightHolderList\"", "class=\"a-loader\" role=\"status\"");
    assertThat(rows)
        .contains("BJØRKÅSEN REGNSKAP AS", "Jonas Hegg", "Marte Kvam")
        .contains("Ekstern virksomhet <span class=\"a-rightHolder-count\">(1 med tilgang)</span>")
        .contains(">Gi eller fjern tilgang</button>")
        .doesNotContain("VISMA", "KOMMUNESEKTORENS");
  }

  @Test
  void anEmployeeSeesTheListButMayNotDelegate() {
    browser.logIn(JONAS, FJORDVIK);
    String refusal =
        "Du har ikke rettighet til å gi eller fjerne rettigheter på vegne av FJORDVIK KOMMUNE."
            + " Det kan daglig leder eller en tilgangsstyrer gjøre.";

    String panel = browser.fetch(Altinn2Module.OTHERS_PANEL).body();
    String rows = browser.fetch(Altinn2Module.RIGHT_HOLDERS).body();
    String token = csrfIn(browser.get("/ui/Profile").body());
    HttpResponse<String> delegation =
        browser.post(
            DelegationModal.servicesUrl(VISMA),
            form("tjeneste", DPI),
            Map.of("X-CSRF-Token", token, "X-Requested-With", "fetch"));

    assertThat(panel).contains(refusal).doesNotContain("addNewRightHolder");
    assertThat(rows).contains("BJØRKÅSEN REGNSKAP AS").doesNotContain("Gi eller fjern tilgang");
    assertThat(delegation.statusCode()).isEqualTo(403);
    assertThat(delegation.body()).isEqualTo(refusal);
    assertThat(browser.fetch(DelegationModal.ADD).statusCode()).isEqualTo(403);
  }

  @Test
  void wrongEntriesComeBackWithAltinnsErrorTextsUnderTheFields() {
    browser.logIn(INGRID, FJORDVIK);

    HttpResponse<String> invalid = addOrganisation("980 858 074", "vis");
    HttpResponse<String> unknown = addOrganisation("910000004", "abcd");
    HttpResponse<String> own = addOrganisation("315260183", "fjor");
    HttpResponse<String> person = addPerson(JONAS, "Hansen");

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body())
        .contains("aria-describedby=\"add-org-orgnr-error\"")
        .contains(
            "<div id=\"add-org-orgnr-error\" class=\"a-message a-message-error\" role=\"alert\">"
                + "Organisasjonsnummeret er ikke gyldig</div>")
        .contains(">Skriv minst de 4 første tegnene i navnet</div>")
        .contains("value=\"980 858 074\"");
    assertThat(unknown.body())
        .contains(
            "Virksomheten du har identifisert, er ikke gyldig, har feil format eller eksisterer ikke");
    assertThat(own.body()).contains("Du kan ikke legge til virksomheten du representerer");
    assertThat(person.statusCode()).isEqualTo(422);
    assertThat(person.body())
        .contains(
            "Brukeren du har identifisert, er ikke gyldig, har feil format eller eksisterer ikke")
        .doesNotContain(JONAS);
  }

  @Test
  void addingAloneStoresNothingAndGivingTwiceGivesOnce() throws Exception {
    browser.logIn(INGRID, FJORDVIK);

    HttpResponse<String> overview = addOrganisation("980858073", "vism");
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("EKSTERN VIRKSOMHET", "VISMA SOFTWARE INTERNATIONAL AS")
        .contains(">Gi tilgang til enkelttjenester</a>")
        .doesNotContain("Fjern en eller flere rettigheter");
    assertThat(holder(state(FJORDVIK), VISMA.id())).isNull();

    HttpResponse<String> receipt = delegate(VISMA, DPI);
    delegate(VISMA, DPI);

    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(unescaped(receipt.body()))
        .contains(
            "data-receipt=\"true\"", "<h2 class=\"a-receipt-title\">Nye rettigheter er gitt</h2>")
        .contains("VISMA SOFTWARE INTERNATIONAL AS har fått tilgang til:")
        .contains("<li>Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten</li>")
        .contains(
            "for FJORDVIK KOMMUNE, og varsles om tildelingen på e-post eller mobil i løpet av kort tid.")
        .contains(
            "<a href=\"/ui/Profile?Section=9\" class=\"a-btn a-btn-success a-js-modalFinish\">Ferdig</a>")
        .contains(
            "<a href=\""
                + DelegationModal.servicesUrl(VISMA)
                + "\" class=\"a-btn a-btn-primary a-js-modalLink\">Tildel flere rettigheter</a>")
        .doesNotContain("<button");
    JsonNode visma = holder(state(FJORDVIK), VISMA.id());
    assertThat(visma.get("tjenester")).hasSize(1);
    assertThat(visma.get("tjenester").get(0).get("navn").asText())
        .isEqualTo("Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten");
    assertThat(holder(state(FJORDVIK_EIENDOM), VISMA.id())).isNull();
  }

  @Test
  void theOverviewOfARightHolderListsItsServices() {
    browser.logIn(INGRID, FJORDVIK);
    delegate(VISMA, DPI);

    String overview = browser.fetch(DelegationModal.overviewUrl(VISMA)).body();

    assertThat(overview)
        .contains(
            "<h2 class=\"a-collapse-heading\"><a href=\"#overview-services\""
                + " class=\"a-collapse-toggle a-js-collapse\" aria-expanded=\"false\""
                + " aria-controls=\"overview-services\">"
                + "Har tilgang til disse <span class=\"a-badge\">1</span> enkelttjenestene</a></h2>")
        .contains("<ul class=\"a-list\" id=\"DirectRights-View-Actor\">")
        .containsPattern(
            "<li class=\"a-list-item\">\\s*<span class=\"a-right-name\">"
                + "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten</span>"
                + "\\s*<span class=\"a-right-owner\">Digitaliseringsdirektoratet</span>\\s*</li>")
        .contains(">Fjern en eller flere rettigheter</a>")
        .doesNotContain("<button");
  }

  @Test
  void theRemovalPageHasSectionHeadingsAFjernAlleCheckboxAndOwnerLines() {
    browser.logIn(INGRID, FJORDVIK);
    Party jonas = PARTIES.person(JONAS);

    String page = browser.fetch(DelegationModal.removeUrl(jonas)).body();

    assertThat(page)
        .contains(
            "<h2 class=\"a-collapse-heading\"><a href=\"#remove-roles\""
                + " class=\"a-collapse-toggle a-js-collapse\" aria-expanded=\"false\""
                + " aria-controls=\"remove-roles\">"
                + "Har disse <span class=\"a-badge\">2</span> rollene:</a></h2>")
        .contains(
            "aria-controls=\"remove-services\">"
                + "Har også tilgang til disse <span class=\"a-badge\">1</span> enkelttjenestene</a>")
        .contains(
            "<label class=\"a-checkbox a-collapse-action\"><input type=\"checkbox\""
                + " class=\"a-checkbox-input a-js-removeAll\"> Fjern alle</label>")
        .contains("<span class=\"a-right-owner\">Statistisk sentralbyrå</span>")
        .contains("data-label=\"Fjern\">Fjern</button>")
        .contains("class=\"a-btn a-btn-success a-js-submitRemoval\"")
        .doesNotContain("a-btn-link a-collapse-action");
    assertThat(count(page, "> Fjern alle</label>")).isEqualTo(2);
  }

  @Test
  void theSearchFindsTheDpiRightAmongLookalikesAndMarksWhatIsAlreadyGiven() {
    browser.logIn(INGRID, FJORDVIK);
    delegate(VISMA, DPI);

    String results = browser.fetch(DelegationModal.serviceSearchUrl(VISMA) + "?q=dpi").body();

    assertThat(results)
        .contains("DPI - varslingsinnstillinger for digital postkasse")
        .contains("Søknad om tilgang til DPI-testmiljø")
        .containsPattern(
            "<span class=\"a-serviceResult-name\">Delegere rettighet til å lese DPI-kvitteringer"
                + " på vegne av virksomheten</span>\\s*"
                + "<span class=\"a-serviceResult-owner\">Norsk helsenett SF</span>")
        .contains("<span class=\"a-serviceResult-status\">Har allerede denne rettigheten</span>")
        .contains("aria-label=\"Legg til\" disabled");
  }

  @Test
  void aChangeWithoutThePagesTokenIsRefused() {
    browser.logIn(INGRID, FJORDVIK);

    HttpResponse<String> response =
        browser.post(
            DelegationModal.servicesUrl(VISMA),
            form("tjeneste", DPI),
            Map.of("X-Requested-With", "fetch"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void takingAllRightsAwayRemovesTheRightHolder() throws Exception {
    browser.logIn(INGRID, FJORDVIK);
    Party eksempel = PARTIES.organisation("910753614");

    HttpResponse<String> receipt =
        browser.post(
            DelegationModal.removeUrl(eksempel),
            form("tjeneste", "5505_1", "tjeneste", "5508_1"),
            headers());

    assertThat(receipt.body())
        .contains("<h2 class=\"a-receipt-title\">Rettigheter er fjernet</h2>")
        .contains("<li>DPI - varslingsinnstillinger for digital postkasse</li>")
        .contains(">Ferdig</a>", ">Tildel flere rettigheter</a>")
        .doesNotContain("<button");
    assertThat(holder(state(FJORDVIK), eksempel.id())).isNull();
  }

  @Test
  void namedSituationsSetUpTheStateForOneOrganisation() throws Exception {
    assertThat(browser.get("/ovelse/test/situasjoner").body())
        .contains("altinn2-ks-har-dpi", "altinn2-visma-har-dpi", "altinn2-tom", "altinn2-standard");

    browser.post("/ovelse/test/situasjon/altinn2-ks-har-dpi?aktor=" + FJORDVIK, form());
    JsonNode ks = holder(state(FJORDVIK), "971032146");
    assertThat(ks.get("tjenester")).hasSize(2);
    assertThat(ks.get("tjenester").findValuesAsText("kode")).contains(DPI);
    assertThat(state(FJORDVIK).get("rettighetshavere").size()).isGreaterThan(1);

    browser.post("/ovelse/test/situasjon/altinn2-tom?aktor=" + FJORDVIK, form());
    assertThat(state(FJORDVIK).get("rettighetshavere")).isEmpty();
  }

  @Test
  void vismaCanHoldOnlyTheLookAlikeOrTheDpiRightAndTwoOthers() throws Exception {
    assertThat(browser.get("/ovelse/test/situasjoner").body())
        .contains("altinn2-visma-har-forveksling", "altinn2-visma-har-dpi-og-andre");

    browser.post("/ovelse/test/situasjon/altinn2-visma-har-forveksling?aktor=" + FJORDVIK, form());
    JsonNode lookAlike = holder(state(FJORDVIK), VISMA.id()).get("tjenester");
    assertThat(lookAlike.findValuesAsText("kode")).containsExactly("6104_1");
    assertThat(lookAlike.findValuesAsText("eier")).containsExactly("Norsk helsenett SF");

    browser.post("/ovelse/test/situasjon/altinn2-visma-har-dpi-og-andre?aktor=" + FJORDVIK, form());
    assertThat(holder(state(FJORDVIK), VISMA.id()).get("tjenester").findValuesAsText("kode"))
        .containsExactlyInAnyOrder(DPI, "5505_1", "4936_1");
    assertThat(state(FJORDVIK).get("rettighetshavere").size()).isGreaterThan(1);
  }

  @Test
  void theStateEndpointNeedsAKnownOrganisation() {
    assertThat(browser.get(TestStateEndpoint.PATH + "?aktor=123").statusCode()).isEqualTo(400);
  }

  @Test
  void aPortalForPeopleHasNoTestEndpoints() {
    try (PracticePortal forPeople = PracticePortal.start(new PortalOptions(0, false))) {
      PortalBrowser other = new PortalBrowser(forPeople.baseUrl());
      assertThat(other.get(TestStateEndpoint.PATH + "?aktor=" + FJORDVIK).statusCode())
          .isEqualTo(404);
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private HttpResponse<String> addOrganisation(String orgnr, String name) {
    return browser.post(
        DelegationModal.ADD + "/Organisation", form("orgnr", orgnr, "navn", name), headers());
  }

  private HttpResponse<String> addPerson(String pid, String lastName) {
    return browser.post(
        DelegationModal.ADD + "/Person", form("fnr", pid, "etternavn", lastName), headers());
  }

  private HttpResponse<String> delegate(Party party, String serviceCode) {
    return browser.post(
        DelegationModal.servicesUrl(party), form("tjeneste", serviceCode), headers());
  }

  private Map<String, String> headers() {
    return Map.of(
        "X-CSRF-Token", csrfIn(browser.get("/ui/MessageBox").body()), "X-Requested-With", "fetch");
  }

  private JsonNode state(String orgnr) throws Exception {
    return JSON.readTree(browser.get(TestStateEndpoint.PATH + "?aktor=" + orgnr).body());
  }

  private static JsonNode holder(JsonNode state, String id) {
    for (JsonNode holder : state.get("rettighetshavere")) {
      if (holder.get("id").asText().equals(id)) {
        return holder;
      }
    }
    return null;
  }
}
