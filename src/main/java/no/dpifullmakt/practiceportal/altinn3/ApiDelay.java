package no.dpifullmakt.practiceportal.altinn3;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the Altinn 3 JSON API waits before it answers, so the single-page app shows its spinners
 * as the real one does. The one place to change the bounds.
 */
public record ApiDelay(Duration min, Duration max) {

  /** Like a real backend on a good day: 80–350 ms. */
  public static final ApiDelay DEFAULT =
      new ApiDelay(Duration.ofMillis(80), Duration.ofMillis(350));

  /** For tests that prove logic, not waiting. */
  public static final ApiDelay NONE = new ApiDelay(Duration.ZERO, Duration.ZERO);

  public ApiDelay {
    if (min.isNegative() || max.compareTo(min) < 0) {
      throw new IllegalArgumentException("Ugyldig forsinkelse: " + min + "–" + max);
    }
  }

  public long nextMillis() {
    long low = min.toMillis();
    long high = max.toMillis();
    return low == high ? low : ThreadLocalRandom.current().nextLong(low, high + 1);
  }
}
