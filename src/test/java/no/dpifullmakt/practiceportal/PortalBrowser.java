package no.dpifullmakt.practiceportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP: its own cookies, no automatic redirects, so tests see each hop the
 * way a browser would get it.
 */
public final class PortalBrowser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern META_CSRF =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;

  public PortalBrowser(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  /** A GET the way the pages' own scripts make it. */
  public HttpResponse<String> fetch(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("X-Requested-With", "fetch")
            .GET()
            .build());
  }

  public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
    return post(path, form, Map.of());
  }

  public HttpResponse<String> post(
      String path, List<Map.Entry<String, String>> form, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    headers.forEach(request::header);
    return send(request.build());
  }

  /**
   * A request the way the pages' scripts make it: {@code X-Requested-With}, the portal's origin,
   * and a JSON body when one is given.
   */
  public HttpResponse<String> script(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("X-Requested-With", "fetch")
            .header("Origin", origin())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.build());
  }

  /** The portal's own origin, as a browser names it on every form post and script change. */
  public String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  /** Logs in through TestID and chooses the actor, as a person would. */
  public void logIn(String pid, String orgnr) {
    HttpResponse<String> testId = get("/idporten/testid?goto=/ui/MessageBox");
    HttpResponse<String> loggedIn =
        post(
            "/idporten/testid",
            form("_csrf", csrfIn(testId.body()), "goto", "/ui/MessageBox", "pid", pid));
    if (loggedIn.statusCode() != 302) {
      throw new IllegalStateException("Innloggingen feilet: " + loggedIn.statusCode());
    }
    HttpResponse<String> choice = get("/velg-aktor?goto=/ui/MessageBox");
    HttpResponse<String> chosen =
        post(
            "/velg-aktor",
            form("_csrf", csrfIn(choice.body()), "goto", "/ui/MessageBox", "aktor", orgnr));
    if (chosen.statusCode() != 302) {
      throw new IllegalStateException("Valg av aktør feilet: " + chosen.statusCode());
    }
  }

  /** The page's text with the entities Mustache writes turned back into characters. */
  public static String unescaped(String html) {
    return html.replace("&#61;", "=")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  public static String csrfIn(String html) {
    Matcher m = CSRF.matcher(html);
    if (m.find()) {
      return m.group(1);
    }
    Matcher meta = META_CSRF.matcher(html);
    if (meta.find()) {
      return meta.group(1);
    }
    throw new IllegalStateException("Fant ingen CSRF-nøkkel i siden");
  }

  /** Form fields in order; a name may occur more than once. */
  public static List<Map.Entry<String, String>> form(String... namesAndValues) {
    List<Map.Entry<String, String>> form = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
    }
    return form;
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

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
