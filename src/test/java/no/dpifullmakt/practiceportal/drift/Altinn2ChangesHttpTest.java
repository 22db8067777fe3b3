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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Altinn 2's changes are drawn by the server, so the pages themselves show them. */
class Altinn2ChangesHttpTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String ADD = "/ui/DelegationModal/AddRightHolder";

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

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
