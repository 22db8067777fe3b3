package no.dpifullmakt.practiceportal.altinn3.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.TestState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The person's language in Altinn 3 over HTTP: seeded, chosen, kept across logins, reported by
 * {@code /profile} and {@code <html lang>}, untouched by per-actor resets and situations, and the
 * API titles in it.
 */
class LanguageApiTest {

  private static final String ASE = "15867210064";
  private static final String SIGRID = "21887410000";
  private static final String OLIVER = "03919110049";
  private static final String APE = "312787075";
  private static final String API = "/accessmanagement/api/v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PracticePortal portal;
  private static TestState state;

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
  void reset() {
    portal.reset();
  }

  private static PortalBrowser loggedIn(String pid) {
    PortalBrowser browser = new PortalBrowser(portal.baseUrl());
    browser.logIn(pid, APE);
    return browser;
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String language(PortalBrowser browser) throws Exception {
    return json(browser.fetch(API + "/profile")).get("language").asText();
  }

  private static String htmlLang(PortalBrowser browser) {
    String page = browser.get("/accessmanagement/ui/maskinporten").body();
    return page.substring(
        page.indexOf("<html lang=\"") + 12, page.indexOf("\">", page.indexOf("<html")));
  }

  private static HttpResponse<String> setByTest(String pid, String language) {
    return new PortalBrowser(portal.baseUrl())
        .script(
            "POST",
            "/ovelse/test/altinn3/sprak",
            "{\"pid\":\"" + pid + "\",\"language\":\"" + language + "\"}");
  }

  @Test
  void theSeededLanguagesAreInTheProfileAndThePage() throws Exception {
    PortalBrowser ase = loggedIn(ASE);
    PortalBrowser sigrid = loggedIn(SIGRID);
    PortalBrowser oliver = loggedIn(OLIVER);
    assertThat(language(ase)).isEqualTo("nb");
    assertThat(language(sigrid)).isEqualTo("nn");
    assertThat(language(oliver)).isEqualTo("en");
    assertThat(htmlLang(ase)).isEqualTo("nb");
    assertThat(htmlLang(sigrid)).isEqualTo("nn");
    assertThat(htmlLang(oliver)).isEqualTo("en");
    assertThat(oliver.get("/accessmanagement/ui/maskinporten").body())
        .contains("<title>Access management - Altinn</title>");
  }

  @Test
  void aChosenLanguageIsKeptAcrossLogins() throws Exception {
    PortalBrowser ase = loggedIn(ASE);
    HttpResponse<String> chosen =
        ase.script("POST", API + "/profile/language", "{\"language\":\"nn\"}");
    assertThat(chosen.statusCode()).isEqualTo(204);
    assertThat(language(ase)).isEqualTo("nn");

    ase.get("/idporten/logout");
    PortalBrowser again = loggedIn(ASE);
    assertThat(language(again)).isEqualTo("nn");
    assertThat(htmlLang(again)).isEqualTo("nn");
    assertThat(language(loggedIn(SIGRID))).isEqualTo("nn");
  }

  @Test
  void onlyTheThreeLanguagesAndOnlyFromThePortalItself() throws Exception {
    PortalBrowser ase = loggedIn(ASE);
    HttpResponse<String> unknown =
        ase.script("POST", API + "/profile/language", "{\"language\":\"se\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("UKJENT_SPRAK");
    HttpResponse<String> crossSite =
        ase.post(
            API + "/profile/language",
            List.of(),
            Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> notLoggedIn =
        new PortalBrowser(portal.baseUrl())
            .script("POST", API + "/profile/language", "{\"language\":\"en\"}");
    assertThat(notLoggedIn.statusCode()).isEqualTo(401);
    assertThat(language(ase)).isEqualTo("nb");
  }

  @Test
  void theTestHookSetsALanguageAndOnlyAFullResetUndoesIt() throws Exception {
    assertThat(setByTest(ASE, "en").statusCode()).isEqualTo(204);
    assertThat(setByTest(SIGRID, "nb").statusCode()).isEqualTo(204);
    assertThat(setByTest("99999999999", "nn").statusCode()).isEqualTo(400);
    assertThat(setByTest(ASE, "de").statusCode()).isEqualTo(400);

    state.post("/ovelse/test/reset?aktor=" + APE);
    state.apply("altinn3-visma-har-dpi", APE);
    assertThat(language(loggedIn(ASE))).isEqualTo("en");
    assertThat(language(loggedIn(SIGRID))).isEqualTo("nb");

    assertThat(state.post("/ovelse/test/reset").statusCode()).isEqualTo(200);
    assertThat(language(loggedIn(ASE))).isEqualTo("nb");
    assertThat(language(loggedIn(SIGRID))).isEqualTo("nn");
    assertThat(language(loggedIn(OLIVER))).isEqualTo("en");
  }

  private static List<String> titles(JsonNode apis) {
    List<String> titles = new ArrayList<>();
    apis.forEach(a -> titles.add(a.get("identifier").asText() + "=" + a.get("title").asText()));
    return titles;
  }

  private static String search(String query) {
    return API + "/maskinporten/scopes/search?resultsPerPage=50&search=" + query;
  }

  @Test
  void apiTitlesAndTheirSearchFollowTheLanguage() throws Exception {
    state.apply("altinn3-visma-har-dpi", APE);
    PortalBrowser ase = loggedIn(ASE);
    PortalBrowser sigrid = loggedIn(SIGRID);
    PortalBrowser oliver = loggedIn(OLIVER);
    String supplierApis = API + "/maskinporten/suppliers/980858073/apis";
    assertThat(titles(json(ase.fetch(supplierApis))))
        .containsExactly("digdir-dpi-send=Digital post til innbyggere");
    assertThat(titles(json(sigrid.fetch(supplierApis))))
        .containsExactly("digdir-dpi-send=Digital post til innbyggjarar");
    assertThat(titles(json(oliver.fetch(supplierApis))))
        .containsExactly("digdir-dpi-send=Digital mail to residents");
    assertThat(
            json(oliver.fetch(API + "/maskinporten/suppliers/980858073"))
                .at("/apis/0/title")
                .asText())
        .isEqualTo("Digital mail to residents");

    // The title in the caller's language matches and ranks as an exact title; bokmål words do not.
    JsonNode english = json(oliver.fetch(search("Digital%20mail%20to%20residents")));
    assertThat(english.at("/results/0/identifier").asText()).isEqualTo("digdir-dpi-send");
    assertThat(english.at("/results/0/title").asText()).isEqualTo("Digital mail to residents");
    assertThat(json(oliver.fetch(search("innbyggjarar"))).get("total").asInt()).isZero();
    assertThat(json(ase.fetch(search("mail"))).get("total").asInt()).isZero();
    assertThat(
            titles(json(sigrid.fetch(API + "/maskinporten/apis?search=innbyggjarar"))).stream()
                .filter(t -> t.startsWith("digdir-dpi-"))
                .toList())
        .containsExactlyInAnyOrder(
            "digdir-dpi-send=Digital post til innbyggjarar",
            "digdir-dpi-les=Digital post til innbyggjarar – lesetilgang");

    // The scope and the identifier find the API in every language, as before.
    for (PortalBrowser browser : List.of(ase, sigrid, oliver)) {
      JsonNode scope = json(browser.fetch(search("digitalpostinnbygger:send")));
      assertThat(scope.at("/results/0/identifier").asText()).isEqualTo("digdir-dpi-send");
      JsonNode id = json(browser.fetch(search("digdir-dpi-send")));
      assertThat(id.at("/results/0/identifier").asText()).isEqualTo("digdir-dpi-send");
    }
  }
}
