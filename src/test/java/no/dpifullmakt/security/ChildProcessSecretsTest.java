package no.dpifullmakt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.stopping.RobotProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fødselsnummer reaches the robot's JVM through the environment, but not chromedriver or
 * Chromium: their {@code /proc/<pid>/environ}, read while the browser is open, has neither the
 * variables nor the number.
 */
class ChildProcessSecretsTest {

  private static final String SYNTHETIC_PID = "12857610030";
  private static PracticePortal portal;

  @BeforeAll
  static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
  }

  @AfterAll
  static void stopPortal() {
    portal.close();
  }

  @Test
  void driverAndBrowserGetNeitherTheVariablesNorTheNumber() throws Exception {
    Path folder = Files.createTempDirectory("miljo-");
    Path environment =
        Files.write(
            folder.resolve("tt02-lik.miljo"),
            List.of(
                "navn = tt02-lik",
                "generasjon = altinn3",
                "altinn2.adresse = " + portal.baseUrl(),
                "altinn3.adresse = " + portal.baseUrl() + "/accessmanagement/ui",
                "innlogging = testid",
                "testid.variabel = DPI_EGEN_FNR",
                "aktør = 315260183"));
    Map<String, String> variables =
        Map.of(
            "DPI_TESTID_FNR", SYNTHETIC_PID,
            "DPI_EGEN_FNR", SYNTHETIC_PID,
            "ET_ANNET_NAVN", "nummeret er " + SYNTHETIC_PID);
    try (RobotProcess robot =
        RobotProcess.start(
            folder,
            variables,
            "kontroller",
            "--miljo",
            environment.toString(),
            "--rapportmappe",
            folder.resolve("rapporter").toString())) {
      assertThat(robot.awaitLine("Forberedelse:", 120)).as(robot.output()).isTrue();

      assertThat(environ(robot.handle())).contains("DPI_EGEN_FNR=" + SYNTHETIC_PID);
      List<ProcessHandle> children = robot.handle().descendants().toList();
      assertThat(children.stream().map(ChildProcessSecretsTest::command))
          .anyMatch(c -> c.contains("chromedriver"))
          .anyMatch(c -> c.contains("chromium") || c.contains("chrome"));
      int read = 0;
      for (ProcessHandle child : children) {
        List<String> entries;
        try {
          entries = environ(child);
        } catch (IOException gone) {
          continue; // a helper process that ended meanwhile
        }
        read++;
        assertThat(entries)
            .as("miljøet til %s", command(child))
            .isNotEmpty()
            .noneMatch(e -> e.startsWith("DPI_TESTID_FNR="))
            .noneMatch(e -> e.startsWith("DPI_EGEN_FNR="))
            .noneMatch(e -> e.startsWith("ET_ANNET_NAVN="))
            .noneMatch(e -> e.contains(SYNTHETIC_PID));
        assertThat(command(child)).doesNotContain(SYNTHETIC_PID);
      }
      assertThat(read).as("prosesser lest").isGreaterThanOrEqualTo(2);
      System.out.printf("Miljøet til %d barneprosesser lest: ingen treff%n", read);

      robot.signal("TERM");
      assertThat(robot.awaitExit(60)).as(robot.output()).isEqualTo(5);
    }
    RobotProcess.deleteQuietly(folder);
  }

  private static List<String> environ(ProcessHandle process) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ"));
    return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
  }

  private static String command(ProcessHandle process) {
    ProcessHandle.Info info = process.info();
    return info.command().orElse("?")
        + " "
        + info.arguments().map(a -> String.join(" ", a)).orElse("");
  }
}
