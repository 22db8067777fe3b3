package no.dpifullmakt.practiceportal;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static no.dpifullmakt.practiceportal.PortalBrowser.unescaped;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal reached at another address, through a plain HTTP proxy: every redirect, link and
 * cookie works because none of them names the portal's own address.
 */
class BehindAProxyTest {

  /** A name that resolves nowhere: only the proxy knows where it leads. */
  private static final URI ELSEWHERE = URI.create("http://ovingsportal.test:8080");

  private static final String HOST = "ovingsportal.test:8080";
  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";

  private static PracticePortal portal;
  private static LoopbackProxy proxy;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forPeople(0));
    proxy = new LoopbackProxy("ovingsportal.test", portal.port());
  }

  @AfterAll
  static void stop() throws Exception {
    proxy.close();
    portal.close();
  }

  @Test
  void aTestIdLoginAndAnAltinn3PageWorkThroughTheProxy() {
    ActingBrowser browser = ActingBrowser.fresh(ELSEWHERE, proxy.selector());

    String startPage = browser.get("/").body();
    assertThat(startPage).contains("Øvingsportal – ikke Altinn.").doesNotContain("127.0.0.1");

    String login = follow(browser.get(MASKINPORTEN), "/idporten/login?goto=");
    String chooser = unescaped(browser.get(login).body());
    String testIdLink = "/idporten/testid?goto=%2Faccessmanagement%2Fui%2Fmaskinporten";
    assertThat(chooser).contains("href=\"" + testIdLink + "\"");

    String form = browser.get(testIdLink).body();
    HttpResponse<String> loggedIn =
        browser.postForm(
            "/idporten/testid",
            form("_csrf", csrfIn(form), "goto", MASKINPORTEN, "pid", INGRID),
            Map.of());
    assertThat(loggedIn.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith(".ASPXAUTH="))
        .noneMatch(c -> c.toLowerCase().contains("domain="));
    String chooseActor = follow(loggedIn, "/velg-aktor?goto=");

    String choice = browser.get(chooseActor).body();
    assertThat(choice).contains("Velg aktør", "FJORDVIK KOMMUNE");
    HttpResponse<String> chosen =
        browser.postForm(
            "/velg-aktor",
            form("_csrf", csrfIn(choice), "goto", MASKINPORTEN, "aktor", FJORDVIK),
            Map.of());
    assertThat(follow(chosen, MASKINPORTEN)).isEqualTo(MASKINPORTEN);

    HttpResponse<String> page = browser.get(MASKINPORTEN);
    assertThat(page.statusCode()).isEqualTo(200);
    java.util.regex.Matcher app =
        java.util.regex.Pattern.compile("src=\"(/accessmanagement/assets/[a-z0-9]+/app/app\\.js)\"")
            .matcher(page.body());
    assertThat(app.find()).as(page.body()).isTrue();
    assertThat(page.body()).doesNotContain("127.0.0.1");
    assertThat(browser.get(app.group(1)).statusCode()).isEqualTo(200);
    HttpResponse<String> profile = browser.api("GET", "/profile", null);
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body()).contains("Ingrid", FJORDVIK);
    HttpResponse<String> added =
        browser.api("POST", "/maskinporten/suppliers", "{\"orgnr\":\"980858073\"}");
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(browser.api("GET", "/maskinporten/suppliers", null).body()).contains("980858073");

    List<LoopbackProxy.Forwarded> forwarded = proxy.forwarded();
    assertThat(forwarded).hasSizeGreaterThanOrEqualTo(12);
    assertThat(forwarded).allMatch(f -> f.host().equals(HOST));
    assertThat(forwarded)
        .contains(new LoopbackProxy.Forwarded("POST", "/idporten/testid", HOST))
        .contains(
            new LoopbackProxy.Forwarded(
                "POST", "/accessmanagement/api/v1/maskinporten/suppliers", HOST));
  }

  /**
   * The redirect's target as a path on the same address, whatever form the portal wrote it in; it
   * must never name the portal's own address.
   */
  private static String follow(HttpResponse<String> response, String expectedStart) {
    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).doesNotContain("127.0.0.1");
    String path =
        location.startsWith(ELSEWHERE.toString())
            ? location.substring(ELSEWHERE.toString().length())
            : location;
    assertThat(path).startsWith(expectedStart);
    return path;
  }
}
