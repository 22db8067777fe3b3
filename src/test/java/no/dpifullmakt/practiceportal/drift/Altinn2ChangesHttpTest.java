package no.dpifullmakt.practiceportal.drift;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static no.dpifullmakt.practiceportal.PortalBrowser.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** Altinn 2's changes are drawn by the server, so the pages themselves show them. */
class Altinn2ChangesHttpTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String ADD = "/ui/DelegationModal/AddRightHolder";
  private static final String DPI_RIGHT =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";
  private static final String LOOK_ALIKE = "6104_1";
  private static final Parties PARTIES = new Parties(Directory.seeded());
  private static final String VISMA = rightHolder(PARTIES.organisation("980858073"));
  private static final String JONAS = rightHolder(PARTIES.person("17879010047"));

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
  void loggedIn() {
    portal.reset();
    browser = new PortalBrowser(portal.baseUrl());
    browser.logIn(INGRID, FJORDVIK);
  }

  private void switchOn(String change) {
    assertThat(browser.script("POST", "/ovelse/test/endring/" + change, null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void withNothingSwitchedOnThePagesAreAsAlways() {
    String inbox = unescaped(browser.get("/ui/MessageBox").body());
    String add = unescaped(browser.fetch(ADD).body());

    assertThat(inbox)
        .contains("<h1 class=\"a-pageTitle\">Innboks</h1>")
        .doesNotContain("ovelse-innstillinger", "ovelse.js", "Personvern");
    assertThat(add).contains(">Ekstern virksomhet</button>").doesNotContain("Gå videre");
    assertThat(count(add, ">Neste</button>")).isEqualTo(3);
  }

  @Test
  void buttonRenamedTurnsTheAddDialogsNesteIntoGaVidere() {
    switchOn("a2-knapp-omdopt");

    String add = unescaped(browser.fetch(ADD).body());

    assertThat(count(add, ">Gå videre</button>")).isEqualTo(3);
    assertThat(add).doesNotContain(">Neste</button>");
  }

  @Test
  void tabRenamedCallsTheExternalOrganisationTabVirksomhet() {
    switchOn("a2-fane-omdopt");

    String add = unescaped(browser.fetch(ADD).body());

    assertThat(add)
        .contains("aria-controls=\"add-panel-organisation\"")
        .contains(">Virksomhet</button>")
        .doesNotContain("Ekstern virksomhet");
  }

  @Test
  void extraStepAsksToConfirmTheRightHolderBeforeTheOverviewAndStoresNothing() {
    switchOn("a2-ekstra-steg");

    HttpResponse<String> added =
        browser.post(
            ADD + "/Organisation",
            form("orgnr", "980858073", "navn", "vism"),
            Map.of(
                "X-CSRF-Token",
                csrfIn(browser.get("/ui/MessageBox").body()),
                "X-Requested-With",
                "fetch"));
    String page = unescaped(added.body());

    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(page)
        .contains("data-title=\"Bekreft rettighetshaver\"")
        .contains("Du legger til VISMA SOFTWARE INTERNATIONAL AS som rettighetshaver.")
        .contains(">Bekreft</button>")
        .doesNotContain("Gi tilgang til enkelttjenester");
    assertThat(browser.get("/ovelse/test/altinn2/tilstand?aktor=" + FJORDVIK).body())
        .doesNotContain("980858073");

    Matcher next = Pattern.compile("data-url=\"([^\"]+)\">Bekreft<").matcher(page);
    assertThat(next.find()).isTrue();
    String overview = unescaped(browser.fetch(next.group(1)).body());
    assertThat(overview).contains("Gi tilgang til enkelttjenester", "VISMA SOFTWARE");
  }

  @Test
  void cosmeticChangeRenamesTheInboxAndAddsPersonvernButLeavesTheDelegationPathAlone() {
    switchOn("a2-kosmetisk");

    String inbox = unescaped(browser.get("/ui/MessageBox").body());
    String add = unescaped(browser.fetch(ADD).body());

    assertThat(inbox)
        .contains("<h1 class=\"a-pageTitle\">Din innboks</h1>")
        .contains(">Personvern</a>")
        .contains(">profil</a>")
        .contains(
            "<meta name=\"ovelse-innstillinger\" content=\"{\"endringer\":[\"a2-kosmetisk\"]");
    assertThat(add).contains(">Ekstern virksomhet</button>");
    assertThat(count(add, ">Neste</button>")).isEqualTo(3);
  }

  @Test
  void sectionsRenamedCountTheServicesInParenthesesOnTheOverviewAndTheRemovalPage() {
    situation("altinn2-visma-har-dpi");
    switchOn("a2-seksjon-omdopt");

    String visma = unescaped(browser.fetch(VISMA).body());
    String jonas = unescaped(browser.fetch(JONAS).body());
    String removal = unescaped(browser.fetch(JONAS + "/Remove").body());

    assertThat(visma)
        .contains("aria-controls=\"overview-services\">Enkelttjenester (2)</a></h2>")
        .doesNotContain("Har tilgang til disse");
    assertThat(jonas)
        .contains("Har disse <span class=\"a-badge\">2</span> rollene:</a></h2>")
        .contains("aria-controls=\"overview-services\">Også enkelttjenester (1)</a></h2>")
        .doesNotContain("Har også tilgang til disse");
    assertThat(removal)
        .contains("aria-controls=\"remove-services\">Også enkelttjenester (1)</a></h2>");
  }

  @Test
  void lookAlikeTakesTheDpiRightsTitleEverywhereWithItsOwnOwnerButTheStateKeepsItsName() {
    switchOn("a2-forveksling");

    String results = unescaped(browser.fetch(VISMA + "/Services/Search?q=dpi").body());
    String receipt =
        unescaped(
            browser
                .post(
                    VISMA + "/Services",
                    form("tjeneste", LOOK_ALIKE),
                    Map.of(
                        "X-CSRF-Token",
                        csrfIn(browser.get("/ui/MessageBox").body()),
                        "X-Requested-With",
                        "fetch"))
                .body());
    String overview = unescaped(browser.fetch(VISMA).body());
    String allForms = unescaped(browser.get("/skjemaoversikt").body());

    assertThat(count(results, "data-name=\"" + DPI_RIGHT + "\"")).isEqualTo(2);
    assertThat(results)
        .contains("data-code=\"" + LOOK_ALIKE + "\" data-name=\"" + DPI_RIGHT + "\"")
        .contains("Norsk helsenett SF")
        .doesNotContain("lese DPI-kvitteringer");
    assertThat(receipt).contains("<li>" + DPI_RIGHT + "</li>").doesNotContain("kvitteringer");
    assertThat(overview)
        .containsPattern(
            "<span class=\"a-right-name\">"
                + DPI_RIGHT
                + "</span>\\s*<span class=\"a-right-owner\">Norsk helsenett SF</span>");
    assertThat(count(allForms, DPI_RIGHT)).isEqualTo(2);
    assertThat(browser.get("/ovelse/test/altinn2/tilstand?aktor=" + FJORDVIK).body())
        .contains("Delegere rettighet til å lese DPI-kvitteringer på vegne av virksomheten")
        .doesNotContain("sende DPI-meldinger");
  }

  @Test
  void withoutTheChangeTheLookAlikeReadsLeseDpiKvitteringer() {
    String results = unescaped(browser.fetch(VISMA + "/Services/Search?q=dpi").body());

    assertThat(count(results, "data-name=\"" + DPI_RIGHT + "\"")).isEqualTo(1);
    assertThat(results)
        .contains(
            "data-code=\""
                + LOOK_ALIKE
                + "\" data-name=\"Delegere rettighet til å lese DPI-kvitteringer på vegne av"
                + " virksomheten\"");
  }

  @Test
  void removeRenamedCallsEachItemsFjernSlettAndLeavesFjernAlleAndFerdig() {
    switchOn("a2-fjern-omdopt");

    String removal = unescaped(browser.fetch(JONAS + "/Remove").body());

    assertThat(count(removal, "data-label=\"Slett\">Slett</button>")).isEqualTo(3);
    assertThat(removal)
        .doesNotContain(">Fjern</button>")
        .contains("> Fjern alle</label>", ">Ferdig</button>");
  }

  private void situation(String name) {
    assertThat(
            browser
                .script("POST", "/ovelse/test/situasjon/" + name + "?aktor=" + FJORDVIK, null)
                .statusCode())
        .isEqualTo(200);
  }

  private static String rightHolder(Party party) {
    return "/ui/DelegationModal/RightHolder/" + party.uuid();
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
