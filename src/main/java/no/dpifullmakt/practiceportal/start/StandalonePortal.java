package no.dpifullmakt.practiceportal.start;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.memory.Keeping;
import no.dpifullmakt.practiceportal.memory.StoreProblem;

/**
 * The practice portal on its own, for a person who wants to practise by hand: on 127.0.0.1, without
 * test endpoints, with a short guide in the terminal and the start page opened in the browser.
 *
 * <p>From code (the robot's command line): {@code StandalonePortal.start(0, System.out)} and then
 * {@code awaitStop()} on the answer. As its own program: {@code java -cp dpi-fullmakt.jar
 * no.dpifullmakt.practiceportal.start.StandalonePortal --port 0}.
 */
public final class StandalonePortal {

  /** How a person starts the standalone portal afresh. */
  static final String AFRESH_OPTION = "--nullstill";

  private StandalonePortal() {}

  /**
   * Starts the portal, prints the guide to {@code out}, opens the start page in the person's
   * default browser, and returns at once.
   *
   * @param port the port on 127.0.0.1, or 0 for a free one
   */
  public static RunningPortal start(int port, PrintStream out) {
    return start(port, out, BrowserOpener.system());
  }

  /**
   * As {@link #start(int, PrintStream)}, opening the browser with {@code browser}, and keeping the
   * state in the data folder of {@code DPI_DATAMAPPE} or the user's.
   */
  public static RunningPortal start(int port, PrintStream out, BrowserOpener browser) {
    return start(port, out, browser, Keeping.resolved(System::getenv, false));
  }

  /**
   * As {@link #start(int, PrintStream, BrowserOpener)}, keeping the state as {@code keeping} says.
   *
   * @throws StoreProblem when the kept state is in use by another run or cannot be read
   */
  public static RunningPortal start(
      int port, PrintStream out, BrowserOpener browser, Keeping keeping) {
    ConsoleGuide guide = new ConsoleGuide(out);
    PracticePortal portal =
        PracticePortal.start(PortalOptions.forPeople(port).withKeeping(keeping));
    RunningPortal running = new RunningPortal(portal, guide);
    guide.started(running.address(), portal.directory(), portal.memory().startLine(AFRESH_OPTION));
    guide.browserOpened(opened(browser, running));
    return running;
  }

  /** Starts the portal and blocks until it is stopped with Ctrl+C or {@link RunningPortal#stop}. */
  public static void run(int port, PrintStream out, BrowserOpener browser)
      throws InterruptedException {
    start(port, out, browser).awaitStop();
  }

  /**
   * As {@link #run(int, PrintStream, BrowserOpener)}, keeping the state as {@code keeping} says.
   */
  public static void run(int port, PrintStream out, BrowserOpener browser, Keeping keeping)
      throws InterruptedException {
    start(port, out, browser, keeping).awaitStop();
  }

  /** {@code --port N} (0 for a free one; default 0), {@code --uten-nettleser}, {@code --hjelp}. */
  public static void main(String[] args) throws InterruptedException {
    LaunchArguments arguments;
    try {
      arguments = LaunchArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("Feil: " + e.getMessage());
      System.err.println(LaunchArguments.USAGE);
      System.exit(2);
      return;
    }
    if (arguments.help()) {
      System.out.println(LaunchArguments.USAGE);
      return;
    }
    BrowserOpener browser = arguments.openBrowser() ? BrowserOpener.system() : BrowserOpener.none();
    String portTaken =
        "Feil: Øvingsportalen kunne ikke starte på port "
            + arguments.port()
            + ". Er porten i bruk? Prøv --port 0 for en ledig port.";
    if (!portFree(arguments.port())) {
      // Said before the server tries, so the person gets one Norwegian sentence, not a log line.
      System.err.println(portTaken);
      System.exit(2);
      return;
    }
    RunningPortal running;
    try {
      running =
          start(
              arguments.port(),
              System.out,
              browser,
              Keeping.resolved(System::getenv, arguments.afresh()));
    } catch (StoreProblem e) {
      System.err.println("Feil: " + e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println(portTaken);
      System.exit(2);
      return;
    }
    running.awaitStop();
  }

  private static boolean portFree(int port) {
    if (port == 0) {
      return true;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean opened(BrowserOpener browser, RunningPortal running) {
    try {
      return browser.open(running.address());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
