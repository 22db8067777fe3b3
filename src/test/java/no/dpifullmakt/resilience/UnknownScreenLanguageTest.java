package no.dpifullmakt.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.cli.Console;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Altinn 3 shown in a language the robot has no texts for (Northern Sami): the run stops after the
 * login, before it touches anything, with exit 4 and one sentence that says what to do.
 */
class UnknownScreenLanguageTest {

  private static final String PAGE =
      "<!doctype html><html lang='se'><head><title>Tilgangsstyring - Altinn</title></head><body>"
          + "<aside><nav aria-label='Sidebar'>"
          + "<a href='/accessmanagement/ui/maskinporten'>Maskinportenadministrasjon</a>"
          + "</nav></aside><main><h1>Tilgangsstyring</h1></main></body></html>";

  @TempDir Path folder;

  private HttpServer altinn;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startAPageInSami() throws IOException {
    altinn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    altinn.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    altinn.start();
  }

  @AfterEach
  void stop() {
    altinn.stop(0);
  }

  @AfterAll
  static void closeBrowsers() {
    BrowserPool.closeAll();
  }

  @Test
  void theRunStopsBeforeAnyChangeWithExit4AndOneSentence() throws IOException {
    Path environment =
        Files.write(
            folder.resolve("samisk.miljo"),
            List.of(
                "navn = samisk",
                "generasjon = altinn3",
                "altinn3.adresse = http://127.0.0.1:"
                    + altinn.getAddress().getPort()
                    + "/accessmanagement/ui",
                "innlogging = ingen",
                "aktør = 312787075"));

    int exit;
    try (LentBrowser browser = LentBrowser.toThisThread()) {
      exit =
          TimedRuns.run(
              new Console(Map.<String, String>of()::get, System.in, System.out),
              "utfør",
              "--orgnr",
              "980858073",
              "--miljo",
              environment.toString(),
              "--rapportmappe",
              folder.toString());
    }

    assertThat(exit).isEqualTo(4);
    assertThat(log())
        .contains(
            "Feil: Altinn vises på et språk roboten ikke kjenner (se). Roboten kan bokmål, nynorsk"
                + " og engelsk; velg et av dem under Meny → Velg språk i Altinn, og kjør på nytt.")
        .contains("Ingenting ble endret i Altinn.")
        .doesNotContain("DIAGNOSE");
    assertThat(requests)
        .as("roboten leste bare startsiden, og klikket ikke på noe")
        .allMatch(request -> request.startsWith("GET "))
        .noneMatch(request -> request.contains("maskinporten"));
  }

  private String log() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return Files.readString(
          files
              .filter(p -> p.getFileName().toString().equals("robot.log"))
              .findFirst()
              .orElseThrow());
    }
  }
}
