package no.dpifullmakt.practiceportal.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.dpifullmakt.practiceportal.memory.Keeping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandalonePortalTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private final HttpClient http = HttpClient.newHttpClient();

  private String console() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(String method, URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startsOnLoopbackPrintsTheGuideAndOpensTheStartPage() throws Exception {
    List<URI> opened = new ArrayList<>();

    try (RunningPortal portal = StandalonePortal.start(0, out, a -> opened.add(a))) {
      URI address = portal.address();
      assertThat(address.toString()).isEqualTo("http://127.0.0.1:" + portal.port());
      assertThat(opened).containsExactly(address);
      assertThat(console())
          .startsWith("Øvingsportalen kjører på " + address + System.lineSeparator())
          .contains("øvingskopi av Altinns skjermbilder – ikke Altinn")
          .contains("Logg inn med TestID som en av disse oppdiktede personene:")
          .contains(
              "  Ingrid Fjellheim  12857610030  daglig leder og Maskinporten-administrator for"
                  + " Fjordvik kommune (315260183) og Fjordvik Kommunale Eiendom KF (311590839)")
          .contains("  Jonas Hegg        17879010047  ansatt i Fjordvik kommune (315260183)")
          .contains(
              "  Sigrid Haugland   21887410000  daglig leder og Maskinporten-administrator for"
                  + " Levende Kunstig Ape (312787075); Altinn 3 på nynorsk")
          .contains("03919110049")
          .contains("Visma Software International AS 980858073")
          .contains("Åpner startsiden i nettleseren din.")
          .contains("Stopp øvingsportalen med Ctrl+C.")
          .doesNotContain("stoppet");
      assertThat(send("GET", address.resolve("/")).statusCode()).isEqualTo(200);
      assertThat(send("POST", address.resolve("/ovelse/test/reset")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void saysSoWhenThereIsNoBrowserAndKeepsRunning() throws Exception {
    try (RunningPortal portal =
        StandalonePortal.start(
            0,
            out,
            a -> {
              throw new IllegalStateException("ingen skjerm");
            })) {
      assertThat(console())
          .contains("Fant ingen nettleser å åpne. Åpne adressen over i en nettleser selv.");
      assertThat(send("GET", portal.address().resolve("/")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void blocksUntilStoppedThenSaysSoOnceAndFreesThePort() throws Exception {
    RunningPortal portal = StandalonePortal.start(0, out, BrowserOpener.none());
    URI address = portal.address();
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(
            () -> {
              try {
                portal.awaitStop();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    assertThat(portal.awaitStop(Duration.ofMillis(200))).isFalse();
    assertThat(waiting).isNotDone();

    portal.stop();
    portal.stop();

    waiting.get();
    assertThat(portal.isStopped()).isTrue();
    assertThat(console()).endsWith("Øvingsportalen er stoppet." + System.lineSeparator());
    assertThat(console().split("er stoppet", -1)).hasSize(2);
    assertThatThrownBy(() -> send("GET", address.resolve("/")))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aPortThatIsTakenIsRefused() throws IOException {
    try (RunningPortal first = StandalonePortal.start(0, out, BrowserOpener.none())) {
      assertThatThrownBy(() -> StandalonePortal.start(first.port(), out, BrowserOpener.none()))
          .isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void keepsWhatWasDoneInTheDataFolderAndSaysSo(@TempDir Path data) {
    // The state is kept when the portal stops, even if nobody changed anything.
    try (RunningPortal portal =
        StandalonePortal.start(0, out, BrowserOpener.none(), Keeping.in(data, false))) {
      assertThat(console()).contains("Øvingsportalen starter med nye, oppdiktede data.");
    }
    printed.reset();
    try (RunningPortal again =
        StandalonePortal.start(0, out, BrowserOpener.none(), Keeping.in(data, false))) {
      assertThat(console())
          .contains(
              "Øvingsportalen husker det som ble gjort i tidligere kjøringer (lagret i "
                  + data.toAbsolutePath()
                  + "). Start på nytt med --nullstill.");
    }
    printed.reset();
    try (RunningPortal afresh =
        StandalonePortal.start(0, out, BrowserOpener.none(), Keeping.in(data, true))) {
      assertThat(console()).contains("Øvingsportalen starter med nye, oppdiktede data.");
    }
  }

  @Test
  void readsItsCommandLine() {
    assertThat(LaunchArguments.parse()).isEqualTo(new LaunchArguments(0, true, false, false));
    assertThat(LaunchArguments.parse("--port", "8080", "--uten-nettleser"))
        .isEqualTo(new LaunchArguments(8080, false, false, false));
    assertThat(LaunchArguments.parse("--nullstill").afresh()).isTrue();
    assertThat(LaunchArguments.parse("--hjelp").help()).isTrue();
    assertThatThrownBy(() -> LaunchArguments.parse("--port", "åtti"))
        .hasMessage("Porten må være et tall fra 0 til 65535: åtti");
    assertThatThrownBy(() -> LaunchArguments.parse("--port"))
        .hasMessage("--port mangler et portnummer.");
    assertThatThrownBy(() -> LaunchArguments.parse("--synlig")).hasMessage("Ukjent valg: --synlig");
  }
}
