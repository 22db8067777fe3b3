package no.dpifullmakt.cli;

import no.dpifullmakt.assist.StoppedByPersonException;
import no.dpifullmakt.assist.WindowState;
import no.dpifullmakt.browser.MissingDriverException;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.report.CurrentStep;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.task.AccessMissingException;
import no.dpifullmakt.task.NameMismatchException;
import no.dpifullmakt.task.RightMissingException;
import no.dpifullmakt.task.UnknownScreenLanguageException;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.PortalUnavailableException;
import no.dpifullmakt.web.ScreenChangedException;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells what went wrong, as an exit code and one Norwegian sentence. */
final class FailureClassifier {

  private static final Logger LOG = LoggerFactory.getLogger(FailureClassifier.class);

  record Failure(ExitCode code, String message) {}

  private FailureClassifier() {}

  static Failure classify(Throwable thrown) {
    Throwable cause = rootRobotCause(thrown);
    String message = SecretMask.apply(cause.getMessage() == null ? "" : cause.getMessage());
    if (cause instanceof StoppedByPersonException) {
      return new Failure(ExitCode.STOPPED, message);
    }
    if (WindowState.closed(thrown)) {
      CurrentStep.Step step = CurrentStep.lastStarted();
      return new Failure(
          ExitCode.STOPPED,
          "Nettleservinduet ble lukket"
              + (step == null ? "" : " under " + step.describe())
              + ", og roboten stoppet.");
    }
    if (cause instanceof AccessMissingException) {
      return new Failure(ExitCode.NO_ACCESS, message);
    }
    if (cause instanceof ScreenChangedException
        || cause instanceof UnknownScreenLanguageException) {
      return new Failure(ExitCode.SCREEN_CHANGED, message);
    }
    if (cause instanceof PortalUnavailableException) {
      return new Failure(ExitCode.UNREACHABLE, message);
    }
    if (cause instanceof InvalidInputException || cause instanceof MissingDriverException) {
      return new Failure(ExitCode.BAD_INPUT, message);
    }
    if (cause instanceof RightMissingException
        || cause instanceof PortalRefusedException
        || cause instanceof NameMismatchException) {
      return new Failure(ExitCode.FAILED, message);
    }
    LOG.debug("Feilen i detalj", thrown);
    if (cause instanceof WebDriverException && unreachable(cause)) {
      LOG.debug("Nettleseren sa: {}", firstLine(message));
      return new Failure(
          ExitCode.UNREACHABLE,
          "Får ikke kontakt med portalen: sjekk nettverket og adressen i miljøet, og kjør på nytt.");
    }
    if (cause instanceof AssertionError) {
      return new Failure(ExitCode.FAILED, "En kontroll feilet: " + firstLine(message));
    }
    LOG.debug("Uventet feil ({}): {}", cause.getClass().getSimpleName(), firstLine(message));
    return new Failure(
        ExitCode.FAILED,
        "Et steg feilet uventet: se robot.log i rapportmappen for detaljene, og kjør på nytt.");
  }

  private static Throwable rootRobotCause(Throwable thrown) {
    Throwable current = thrown;
    while (current.getCause() != null
        && !(current instanceof ScreenChangedException
            || current instanceof UnknownScreenLanguageException
            || current instanceof AccessMissingException
            || current instanceof StoppedByPersonException
            || current instanceof PortalUnavailableException
            || current instanceof InvalidInputException
            || current instanceof RightMissingException
            || current instanceof NameMismatchException
            || current instanceof PortalRefusedException)) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean unreachable(Throwable cause) {
    String text = String.valueOf(cause.getMessage());
    return text.contains("ERR_CONNECTION_REFUSED")
        || text.contains("ERR_NAME_NOT_RESOLVED")
        || text.contains("ERR_CONNECTION_RESET")
        || text.contains("ERR_TIMED_OUT")
        || text.contains("ERR_INTERNET_DISCONNECTED");
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
