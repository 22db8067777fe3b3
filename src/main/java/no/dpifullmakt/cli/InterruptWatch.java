package no.dpifullmakt.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import no.dpifullmakt.report.CurrentStep;
import no.dpifullmakt.shutdown.OrderedShutdown;
import no.dpifullmakt.task.RunJournal;

/**
 * Ctrl+C or SIGTERM during a run. The first task of the {@link OrderedShutdown}: it silences the
 * terminal (the run's thread goes on for a moment and would print its failures), says in one line
 * how far the robot got, what was changed in Altinn and how to finish, and asks for exit code 5
 * once the browsers and the practice portal are gone.
 */
final class InterruptWatch implements AutoCloseable {

  private final String command;
  private final OrderedShutdown.Registration registration;
  private volatile boolean finished;

  private InterruptWatch(String command) {
    this.command = command;
    this.registration = OrderedShutdown.register(OrderedShutdown.Phase.TELL, this::interrupted);
  }

  /** Watches a run of {@code command} ("utfør", "kontroller", "fjern"). */
  static InterruptWatch start(String command) {
    return new InterruptWatch(command);
  }

  private void interrupted() {
    if (finished) {
      return;
    }
    PrintStream terminal = System.err;
    silenceEverythingElse();
    terminal.println();
    terminal.println(sentence(CurrentStep.lastStarted(), RunJournal.changeSummary(), command));
    terminal.flush();
    OrderedShutdown.haltAfterwards(ExitCode.STOPPED.code());
  }

  /** "Roboten ble stoppet under Steg 5 av 12: … Ingenting ble endret i Altinn. Kjør …". */
  static String sentence(CurrentStep.Step step, String changes, String command) {
    return "Roboten ble stoppet (Ctrl+C eller avslutningssignal)"
        + (step == null ? " før første steg. " : " under " + step.describe() + ". ")
        + changes
        + " "
        + StopAdvice.forCommand(command);
  }

  /** Logback, Selenium's java.util.logging and stray prints all write to nothing from now on. */
  private static void silenceEverythingElse() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    LogManager.getLogManager().getLogger("").setLevel(Level.OFF);
  }

  @Override
  public void close() {
    finished = true;
    registration.cancel();
  }
}
