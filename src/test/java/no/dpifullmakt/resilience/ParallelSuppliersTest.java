package no.dpifullmakt.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppliers checked in one run on two threads: every one answered, and one browser per thread
 * however many suppliers there are. Twelve on two threads against one thread runs with -Plange.
 */
class ParallelSuppliersTest {

  private static final String FJORDVIK = "315260183";
  private static final List<String> SUPPLIERS =
      List.of(
          "980858073;Visma Software International AS",
          "971032146;Kommunesektorens organisasjon",
          "991825827;Digitaliseringsdirektoratet",
          "312605031;Testleverandor AS",
          "910753614;Eksempel Systempartner AS",
          "313909964;Visma Enterprise AS",
          "310308242;Postkasseleverandøren AS",
          "318219931;Bjørkåsen Regnskap AS",
          "315181909;Solsiden Barnehage SA",
          "319378650;Grønli Gårdsdrift",
          "317975430;Kvam Elektro AS",
          "312319489;Fjellstua Drift AS");

  private static PracticePortal portal;

  @TempDir Path folder;

  @BeforeAll
  static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
  }

  @AfterAll
  static void stopPortal() {
    BrowserPool.closeAll();
    portal.close();
  }

  private record Measured(int exit, int browserStarts, Duration took) {}

  private Measured check(RobotAgainstPortal robot, Path file, int threads) throws IOException {
    BrowserPool.closeAll();
    int startsBefore = BrowserPool.starts();
    Instant start = Instant.now();
    int exit =
        robot.run(
            FJORDVIK,
            "kontroller",
            "--leverandorer",
            file.toString(),
            "--trader",
            String.valueOf(threads));
    return new Measured(
        exit, BrowserPool.starts() - startsBefore, Duration.between(start, Instant.now()));
  }

  /** Three suppliers per thread are enough to see each thread keep its browser. */
  @Test
  void sixSuppliersOnTwoThreadsWithOneBrowserEach() throws IOException {
    RobotAgainstPortal robot = robotWithTwelveGiven();
    List<String> six = SUPPLIERS.subList(0, 6);
    Measured parallel = check(robot, csv(six), 2);

    assertThat(parallel.exit()).isZero();
    assertThat(parallel.browserStarts()).isEqualTo(2);
    assertEachChecked(robot.logs(), six);
  }

  /** The figures for the note: the same twelve on two threads and on one (-Plange). */
  @Test
  @Tag("lang")
  void twelveSuppliersOnTwoThreadsAgainstOne() throws IOException {
    RobotAgainstPortal robot = robotWithTwelveGiven();
    Path file = csv(SUPPLIERS);

    Measured parallel = check(robot, file, 2);
    Measured serial = check(robot, file, 1);

    String figures =
        String.format(
            "12 leverandører: 2 tråder %d ms og %d nettleserstarter; 1 tråd %d ms og %d"
                + " nettleserstarter%n",
            parallel.took().toMillis(),
            parallel.browserStarts(),
            serial.took().toMillis(),
            serial.browserStarts());
    System.out.print(figures);
    Files.writeString(Path.of("target", "parallell-maling.txt"), figures);

    assertThat(parallel.exit()).isZero();
    assertThat(serial.exit()).isZero();
    assertThat(parallel.browserStarts()).isEqualTo(2);
    assertThat(serial.browserStarts()).isEqualTo(1);
    assertThat(parallel.took()).isLessThan(serial.took());
    assertEachChecked(robot.logs(), SUPPLIERS);
  }

  private RobotAgainstPortal robotWithTwelveGiven() {
    RobotAgainstPortal robot = new RobotAgainstPortal(portal, folder);
    robot.control().reset(FJORDVIK);
    robot.control().apply("altinn3-tolv-har-dpi", FJORDVIK);
    return robot;
  }

  private Path csv(List<String> suppliers) throws IOException {
    return Files.write(folder.resolve("leverandorer.csv"), suppliers);
  }

  private static void assertEachChecked(String logs, List<String> suppliers) {
    for (String supplier : suppliers) {
      String grouped =
          supplier.substring(0, 3)
              + " "
              + supplier.substring(3, 6)
              + " "
              + supplier.substring(6, 9);
      assertThat(logs).contains("(" + grouped + "): «Digital post til innbyggere» kontrollert");
    }
  }
}
