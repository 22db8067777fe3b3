package no.dpifullmakt.practiceportal.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The launcher as its own program, the way the robot's command line or a person starts it. */
class StandaloneProcessTest {

  private static final Pattern RUNNING =
      Pattern.compile("^Øvingsportalen kjører på (http://127\\.0\\.0\\.1:\\d+)$");

  @Test
  void aTakenPortOrAWrongArgumentGivesOneNorwegianSentenceAndExitCode2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Process busy = launch("--port", String.valueOf(taken.getLocalPort()), "--uten-nettleser");
      assertThat(busy.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(busy.exitValue()).isEqualTo(2);
      assertThat(output(busy))
          .isEqualTo(
              "Feil: Øvingsportalen kunne ikke starte på port "
                  + taken.getLocalPort()
                  + ". Er porten i bruk? Prøv --port 0 for en ledig port.");
    }
    Process wrong = launch("--port", "åtti");
    assertThat(wrong.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(wrong.exitValue()).isEqualTo(2);
    assertThat(output(wrong))
        .startsWith("Feil: Porten må være et tall fra 0 til 65535: åtti")
        .contains("--uten-nettleser");
  }

  private static Process launch(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Dfile.encoding=UTF-8",
            // Keeps nothing between runs, and never in the user's data folder.
            "-Ddpi.datamappe=ingen",
            "-cp",
            System.getProperty("java.class.path"),
            StandalonePortal.class.getName()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String output(Process process) throws Exception {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  @Test
  void printsTheAddressOnOneLineServesTheStartPageAndSaysWhenItStops() throws Exception {
    Process process = launch("--port", "0", "--uten-nettleser");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      Matcher address = RUNNING.matcher(first == null ? "" : first);
      assertThat(address.matches()).as(first).isTrue();

      HttpResponse<String> start =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(address.group(1) + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(start.statusCode()).isEqualTo(200);
      assertThat(start.body()).contains("Øvingsportal – ikke Altinn.");

      // As Ctrl+C or kill: SIGTERM runs the shutdown hooks. (Process.destroy would also close the
      // pipes before the last lines could be read.)
      process.toHandle().destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      String rest = out.lines().collect(Collectors.joining("\n"));
      assertThat(rest)
          .contains("12857610030")
          .contains("Fant ingen nettleser å åpne.")
          .contains("Stopp øvingsportalen med Ctrl+C.")
          .endsWith("Øvingsportalen er stoppet.");
    } finally {
      process.destroyForcibly();
    }
  }
}
