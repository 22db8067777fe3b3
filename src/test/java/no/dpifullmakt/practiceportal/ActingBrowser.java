package no.dpifullmakt.practiceportal;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser, logged in through TestID as one person acting for one organisation, that can call
 * Altinn 3's JSON API the way the single-page app does and post Altinn 2's forms. It never follows
 * redirects, and it may reach the portal through a proxy.
 */
public final class ActingBrowser {

  private final URI base;
  private final HttpClient http;

  private ActingBrowser(URI base, ProxySelector proxy) {
    this.base = base;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER);
    if (proxy != null) {
      builder.proxy(proxy);
    }
    this.http = builder.build();
  }

  /**
   * A browser with no cookies yet, that reaches {@code base} through {@code proxy} (or directly).
   */
  public static ActingBrowser fresh(URI base, ProxySelector proxy) {
    return new ActingBrowser(base, proxy);
  }

  public static ActingBrowser logIn(URI base, String pid, String orgnr) {
    return logIn(base, null, pid, orgnr);
  }

  /** Logs in through the pages, as a person does: TestID, then "Velg aktør". */
  public static ActingBrowser logIn(URI base, ProxySelector proxy, String pid, String orgnr) {
    ActingBrowser browser = new ActingBrowser(base, proxy);
    String testId = browser.get("/idporten/testid?goto=/ui/MessageBox").body();
    HttpResponse<String> loggedIn =
        browser.postForm(
            "/idporten/testid",
            form("_csrf", csrfIn(testId), "goto", "/ui/MessageBox", "pid", pid),
            Map.of());
    expect(loggedIn, 302, "Innloggingen");
    String choice = browser.get(loggedIn.headers().firstValue("Location").orElseThrow()).body();
    HttpResponse<String> chosen =
        browser.postForm(
            "/velg-aktor",
            form("_csrf", csrfIn(choice), "goto", "/ui/MessageBox", "aktor", orgnr),
            Map.of());
    expect(chosen, 302, "Valget av aktør");
    return browser;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** A call to Altinn 3's JSON API, with the headers its app sends; {@code json} may be null. */
  public HttpResponse<String> api(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/accessmanagement/api/v1" + path))
            .header("Accept", "application/json")
            .header("X-Requested-With", "fetch")
            .header("Origin", origin());
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request);
  }

  public HttpResponse<String> postForm(
      String path, List<Map.Entry<String, String>> form, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    headers.forEach(request::header);
    return send(request);
  }

  private String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + " svarte " + response.statusCode());
    }
  }

  private static String encode(List<Map.Entry<String, String>> form) {
    return form.stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
