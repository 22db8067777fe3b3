package no.dpifullmakt.practiceportal.altinn3;

import java.time.Clock;

/**
 * What can be tuned in the Altinn 3 portal.
 *
 * @param delay how long the JSON API waits before answering
 * @param clock the time the lookup lockout counts in
 */
public record Altinn3Settings(ApiDelay delay, Clock clock) {

  public static Altinn3Settings standard() {
    return new Altinn3Settings(ApiDelay.DEFAULT, Clock.systemUTC());
  }
}
