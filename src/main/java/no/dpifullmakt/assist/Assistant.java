package no.dpifullmakt.assist;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.config.AssistSettings;
import no.dpifullmakt.report.CurrentStep;
import no.dpifullmakt.web.Interaction;
import no.dpifullmakt.web.InteractionObserver;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Assisted mode: before each step the robot shows, inside the page, what it will do and why,
 * outlines the element, and waits a moment a person can follow; before anything irreversible it
 * asks. The login is the person's own: the robot only waits until it is done.
 */
public final class Assistant implements InteractionObserver {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final String CONTINUE = "fortsett";
  private static final String YES = "ja";
  private static final String NO = "nei";

  private final AssistSettings settings;
  private final WebDriver driver;
  private final Overlay overlay;
  private final Terminal terminal;
  private String why;

  public Assistant(AssistSettings settings, WebDriver driver) {
    this.settings = settings;
    this.driver = driver;
    this.overlay = new Overlay(driver);
    this.terminal = Terminal.of(settings.terminalIn(), settings.terminalOut());
  }

  /** Why the coming step is needed, shown in the overlay. */
  public void explain(String reason) {
    this.why = reason;
  }

  @Override
  public void beforeInteraction(Interaction interaction, WebElement element) {
    CurrentStep.Step step = CurrentStep.now();
    String heading = step == null ? "Roboten" : step.label();
    String text = step == null ? interaction.target().describe() : step.text();
    overlay.show(heading, text, why, element, List.of(new Overlay.Choice(CONTINUE, "Fortsett nå")));
    // The deliberate, configurable pause of assisted mode ("tempo"): until the time is up or
    // the person presses "Fortsett nå".
    Instant until = Instant.now().plus(settings.pace());
    waitUntil(
        settings.pace().plusSeconds(5),
        () -> Instant.now().isAfter(until) || CONTINUE.equals(overlay.answer()));
    overlay.hide();
  }

  @Override
  public void afterInteraction(Interaction interaction, WebElement element) {
    overlay.unmark();
  }

  /**
   * Asks before an irreversible change, in the page and in the terminal; the first answer counts.
   *
   * @throws StoppedByPersonException on "nei", or when nobody answers in time
   */
  public void confirm(String change) {
    overlay.show(
        "Bekreft før roboten endrer noe",
        change,
        "Dette kan ikke angres av roboten. Svar ja for å fortsette, nei for å stoppe.",
        null,
        List.of(new Overlay.Choice(YES, "Ja, gjør det"), new Overlay.Choice(NO, "Nei, stopp")));
    terminal.clearAnswers();
    terminal.say("");
    terminal.say("BEKREFT: " + change);
    terminal.say("Skriv ja for å fortsette eller nei for å stoppe (eller svar i nettleseren):");
    Boolean[] answer = {null};
    boolean answered =
        waitUntil(
            settings.answerTimeout(),
            () -> {
              Optional<Boolean> typed = terminal.answer();
              String clicked = overlay.answer();
              if (typed.isPresent()) {
                answer[0] = typed.get();
              } else if (YES.equals(clicked) || NO.equals(clicked)) {
                answer[0] = YES.equals(clicked);
              }
              return answer[0] != null;
            });
    overlay.hide();
    if (!answered) {
      throw new StoppedByPersonException(
          "Ingen svar på spørsmålet: roboten stoppet før endringen. Ingenting ble endret.");
    }
    if (!answer[0]) {
      throw new StoppedByPersonException(
          "Du svarte nei: roboten stoppet før endringen. Ingenting ble endret.");
    }
    terminal.say("Ja – roboten fortsetter.");
  }

  /**
   * Opens the portal and waits while the person logs in and chooses the organisation, until the
   * page shows {@code landed}. The robot never reads what the person types.
   */
  public void waitForPersonalLogin(Ui ui, URI start, Target landed, String hint) {
    ui.open(start.toString());
    long minutes = settings.loginTimeout().toMinutes();
    String text =
        "Logg inn selv og velg virksomheten. Roboten venter"
            + (minutes > 0 ? " i opptil " + minutes(minutes) : "")
            + " og ser ikke det du skriver.";
    terminal.say("");
    terminal.say("INNLOGGING: " + text);
    if (hint != null) {
      terminal.say(hint);
    }
    boolean loggedIn =
        waitUntil(
            settings.loginTimeout(),
            () -> {
              if (ui.shows(landed)) {
                return true;
              }
              overlay.banner("Din tur: logg inn", text);
              return false;
            });
    overlay.hide();
    if (!loggedIn) {
      throw new StoppedByPersonException(
          "Du logget ikke inn innen "
              + minutes(settings.loginTimeout().toMinutes())
              + ": roboten stoppet. Ingenting ble endret.");
    }
    terminal.say("Innlogget – roboten fortsetter.");
  }

  private boolean waitUntil(Duration limit, java.util.function.BooleanSupplier condition) {
    try {
      new FluentWait<>(driver)
          .withTimeout(limit)
          .pollingEvery(POLL)
          .until(d -> condition.getAsBoolean() ? Boolean.TRUE : null);
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /** «1 minutt», «10 minutter». */
  static String minutes(long count) {
    return count + (count == 1 ? " minutt" : " minutter");
  }
}
