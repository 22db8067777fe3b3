package no.dpifullmakt.cli;

import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.report.CurrentStep;
import no.dpifullmakt.task.RunJournal;

/**
 * Ctrl+C during a run: say in Norwegian how far the robot got and whether anything was changed,
 * close the browsers, and end with exit code 5.
 */
final class InterruptWatch implements AutoCloseable {

  private final Thread hook;
  private volatile boolean finished;

  private InterruptWatch() {
    this.hook = new Thread(this::interrupted, "ctrl-c");
  }

  static InterruptWatch start() {
    InterruptWatch watch = new InterruptWatch();
    Runtime.getRuntime().addShutdownHook(watch.hook);
    return watch;
  }

  private void interrupted() {
    if (finished) {
      return;
    }
    CurrentStep.Step step = CurrentStep.lastStarted();
    System.err.println();
    System.err.println(
        "Stoppet av deg (Ctrl+C)"
            + (step == null ? " før første steg." : " under " + step.describe() + "."));
    System.err.println(RunJournal.changeSummary());
    BrowserPool.closeAll();
    Runtime.getRuntime().halt(ExitCode.STOPPED.code());
  }

  @Override
  public void close() {
    finished = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The JVM is on its way out; the hook sees "finished" and does nothing.
    }
  }
}
