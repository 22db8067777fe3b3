package no.dpifullmakt.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.Callable;
import no.dpifullmakt.practiceportal.memory.Keeping;
import no.dpifullmakt.practiceportal.memory.StoreProblem;
import no.dpifullmakt.practiceportal.start.BrowserOpener;
import no.dpifullmakt.practiceportal.start.StandalonePortal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the practice portal on its own, for people who practise by hand. */
@Command(
    name = "øvingsportal",
    description =
        "Starter øvingsportalen alene, slik at du kan øve på framgangsmåten selv i nettleseren."
            + " Den skriver adressen og de oppdiktede testpersonene, åpner startsiden og kjører"
            + " til du stopper den med Ctrl+C. Den husker det som ble gjort i tidligere kjøringer.")
final class PracticePortalCommand implements Callable<Integer> {

  @Mixin HelpOptions help;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Porten på 127.0.0.1 (0 = en ledig port; standard: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--uten-nettleser", description = "Ikke åpne startsiden i nettleseren.")
  boolean noBrowser;

  @Option(
      names = "--nullstill",
      description =
          "Glem det som ble gjort i tidligere kjøringer, og start med nye, oppdiktede data.")
  boolean afresh;

  private final Console console;

  PracticePortalCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || !free(port)) {
      System.err.println(
          "Feil: Øvingsportalen kan ikke starte på port "
              + port
              + ": porten er ugyldig eller i bruk. Prøv --port 0 for en ledig port.");
      return ExitCode.BAD_INPUT.code();
    }
    try {
      StandalonePortal.run(
          port,
          console.out(),
          noBrowser ? BrowserOpener.none() : BrowserOpener.system(),
          Keeping.resolved(console.environment(), afresh));
    } catch (StoreProblem e) {
      System.err.println("Feil: " + e.getMessage());
      return ExitCode.BAD_INPUT.code();
    }
    return ExitCode.OK.code();
  }

  private static boolean free(int port) {
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
}
