package no.dpifullmakt.practiceportal.start;

import static no.dpifullmakt.practiceportal.PortalBrowser.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start page of a portal started for people: no test endpoints, no login needed. */
class StartPageTest {

  private static PracticePortal portal;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forPeople(0));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private String startPage() {
    HttpResponse<String> response = new PortalBrowser(portal.baseUrl()).get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    return unescaped(response.body());
  }

  @Test
  void saysFirstThatThisIsAPracticePortalAndNotAltinn() {
    String page = startPage();

    assertThat(page)
        .contains(
            "<div role=\"note\" class=\"ovingsbanner\">Øvingsportal – ikke Altinn. Alle personer"
                + " og virksomheter er oppdiktet.</div>")
        .contains("<html lang=\"nb\">")
        .contains("digital post til innbyggere (DPI)")
        .contains("ingen ekte rettigheter kan gis");
    assertThat(page.indexOf("ovingsbanner\">")).isLessThan(page.indexOf("<header"));
  }

  @Test
  void offersBothGenerationsAsBigEntries() {
    assertThat(startPage())
        .contains(
            "<a class=\"entry\" href=\"/accessmanagement/ui/\">\n"
                + "          <span class=\"entry-title\">Altinn 3 – slik det gjøres i dag</span>")
        .contains(
            "<a class=\"entry\" href=\"/ui/MessageBox\">\n"
                + "          <span class=\"entry-title\">Altinn 2 – brevets tolv steg (stengt 19."
                + " juni 2026)</span>");
  }

  @Test
  void listsTheMadeUpPeopleWithTheirFictionalNumbersRolesAndOrganisations() {
    String page = startPage();

    assertThat(page)
        .contains(
            "<th scope=\"row\">Ingrid Fjellheim</th>\n"
                + "            <td class=\"pid-cell\"><span class=\"pid\">12857610030</span>"
                + " <span class=\"tag\">oppdiktet</span></td>")
        .contains(
            "<span class=\"roles\">Daglig leder og Maskinporten-administrator</span>"
                + " <span class=\"org\">Fjordvik kommune <span class=\"orgnr\">315260183</span>")
        .contains("Tilgangsstyrer og Maskinporten-administrator")
        .contains("<th scope=\"row\">Jonas Hegg</th>", "<span class=\"roles\">Ansatt</span>")
        .contains("<summary>Ansatt i 10 andre virksomheter</summary>")
        .contains("Start her: gi Visma rett til å sende digital post for Fjordvik kommune");
    assertThat(page.indexOf("Ingrid Fjellheim")).isLessThan(page.indexOf("Ola Bakketun"));
  }

  @Test
  void listsThePeopleWhoReadAltinn3InNynorskAndEnglish() {
    String page = PortalBrowser.unescaped(startPage());

    assertThat(page)
        .contains(
            "<th scope=\"row\">Sigrid Haugland</th>", "<span class=\"pid\">21887410000</span>")
        .contains("<th scope=\"row\">Oliver Strand</th>", "<span class=\"pid\">03919110049</span>")
        .contains("har valgt nynorsk: Altinn 3 vises på nynorsk (Altinn 2 på bokmål).")
        .contains("har valgt engelsk: Altinn 3 vises på engelsk (Altinn 2 på bokmål).");
  }

  @Test
  void listsTheSuppliersToGiveTheRightToTheLettersThreeFirst() {
    String page = startPage();

    assertThat(page)
        .contains(
            "<span class=\"supplier-name\">Visma Software International AS</span>\n"
                + "        <span class=\"orgnr\">980858073</span>")
        .contains(
            "<span class=\"orgnr\">971032146</span>", "<span class=\"orgnr\">991825827</span>")
        .contains("Visma Enterprise AS", "313909964");
    assertThat(page.indexOf("980858073")).isLessThan(page.indexOf("313909964"));
    assertThat(page).doesNotContain("<span class=\"supplier-name\">Fjordvik kommune</span>");
  }

  @Test
  void offersEverySituationOfBothGenerationsWithItsDescription() {
    String page = startPage();

    assertThat(page)
        .contains("<legend>Altinn 3</legend>", "<legend>Altinn 2</legend>")
        .contains(
            "<input type=\"radio\" name=\"situasjon\" id=\"situasjon-altinn3-visma-lagt-til\""
                + " value=\"altinn3-visma-lagt-til\" required>")
        .contains("er lagt til som leverandør, men har ikke fått fullmakt til noe API ennå.")
        .contains("value=\"altinn2-ks-har-dpi\"", "value=\"altinn2-tom\"")
        .contains("<option value=\"315260183\" selected>Fjordvik kommune (315260183)</option>");
    assertThat(page.indexOf("value=\"altinn3-standard\""))
        .isLessThan(page.indexOf("value=\"altinn3-ks-har-dpi\""));
  }

  @Test
  void neverWritesItsOwnAddressIntoThePage() {
    assertThat(startPage()).doesNotContain("127.0.0.1", "http://localhost");
  }

  @Test
  void ovelseLeadsToThePracticeControlsOnTheStartPage() {
    HttpResponse<String> response = new PortalBrowser(portal.baseUrl()).get("/ovelse/");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue("/#ovelse");
  }
}
