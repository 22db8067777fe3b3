package no.dpifullmakt.practiceportal.altinn3.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;
import org.junit.jupiter.api.Test;

class DelayedApiTest {

  @Test
  void answersAfterTheDelayAndStillMapsErrors() throws Exception {
    ApiDelay delay = new ApiDelay(Duration.ofMillis(150), Duration.ofMillis(200));
    try (Altinn3TestServer server = new Altinn3TestServer(delay)) {
      HttpClient ase = server.browser("15867210064", "312787075");
      long start = System.nanoTime();
      HttpResponse<String> ok =
          ase.send(
              HttpRequest.newBuilder(server.uri("/accessmanagement/api/v1/maskinporten/suppliers"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("Testleverandor AS");
      assertThat(elapsedMillis).isGreaterThanOrEqualTo(150);

      HttpResponse<String> missing =
          ase.send(
              HttpRequest.newBuilder(
                      server.uri("/accessmanagement/api/v1/maskinporten/suppliers/980858073"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).contains("UKJENT_LEVERANDOR");
    }
  }
}
