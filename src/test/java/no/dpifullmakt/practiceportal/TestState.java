package no.dpifullmakt.practiceportal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The portal's test-state endpoints, read as JSON, for tests that check state without pages. */
public final class TestState {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  public TestState(URI base) {
    this.base = base;
  }

  public HttpResponse<String> post(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Origin", base.getScheme() + "://" + base.getAuthority())
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  public void apply(String situation, String actor) {
    expectOk(post("/ovelse/test/situasjon/" + situation + "?aktor=" + actor));
  }

  /** Altinn 3: supplier orgnr to API identifiers, as "980858073=[digdir-dpi-send]". */
  public List<String> altinn3Suppliers(String actor) {
    List<String> suppliers = new ArrayList<>();
    for (JsonNode s : read("/ovelse/test/altinn3/tilstand?aktor=" + actor).at("/leverandorer")) {
      List<String> apis = new ArrayList<>();
      s.get("api").forEach(a -> apis.add(a.asText()));
      suppliers.add(s.get("orgnr").asText() + "=" + apis);
    }
    return suppliers;
  }

  /** Altinn 2: right holder id to service codes, as "980858073=[5504_1, 4936_1]". */
  public List<String> altinn2RightHolders(String actor) {
    List<String> holders = new ArrayList<>();
    for (JsonNode h :
        read("/ovelse/test/altinn2/tilstand?aktor=" + actor).at("/rettighetshavere")) {
      List<String> services = new ArrayList<>();
      h.get("tjenester").forEach(t -> services.add(t.get("kode").asText()));
      holders.add(h.get("id").asText() + "=" + services);
    }
    return holders;
  }

  private JsonNode read(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
    expectOk(response);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void expectOk(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          response.uri() + " svarte " + response.statusCode() + ": " + response.body());
    }
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
}
