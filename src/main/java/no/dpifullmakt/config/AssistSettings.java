package no.dpifullmakt.config;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Assisted mode: a visible browser, an overlay that explains each step, the person's own login and
 * a confirmation before anything irreversible.
 *
 * @param pace the deliberate pause before each step, so a person can follow ("tempo")
 * @param loginTimeout how long the robot waits for the person to log in and choose the organisation
 * @param answerTimeout how long the robot waits for a yes or no
 * @param terminalIn where the person's typed answers come from
 * @param terminalOut where the robot's questions go
 */
public record AssistSettings(
    boolean enabled,
    Duration pace,
    Duration loginTimeout,
    Duration answerTimeout,
    InputStream terminalIn,
    PrintStream terminalOut) {

  public static final Duration DEFAULT_PACE = Duration.ofMillis(1500);
  public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofMinutes(10);
  public static final Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofMinutes(10);

  public static AssistSettings off() {
    return new AssistSettings(
        false, DEFAULT_PACE, DEFAULT_LOGIN_TIMEOUT, DEFAULT_ANSWER_TIMEOUT, System.in, System.out);
  }
}
