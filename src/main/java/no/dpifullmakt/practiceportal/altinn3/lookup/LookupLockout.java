package no.dpifullmakt.practiceportal.altinn3.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Altinn locks a person out of organisation lookups after too many failed ones: after {@value
 * #MAX_FAILURES} unknown numbers within an hour, every lookup is refused until the oldest of them
 * is an hour old.
 */
public final class LookupLockout {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofHours(1);

  private final Clock clock;
  private final Map<String, Deque<Instant>> failuresByPerson = new HashMap<>();

  public LookupLockout(Clock clock) {
    this.clock = clock;
  }

  public synchronized boolean isLockedOut(String pid) {
    return recentFailures(pid).size() >= MAX_FAILURES;
  }

  public synchronized void recordFailure(String pid) {
    recentFailures(pid).addLast(clock.instant());
  }

  public synchronized void clear() {
    failuresByPerson.clear();
  }

  private Deque<Instant> recentFailures(String pid) {
    Deque<Instant> failures = failuresByPerson.computeIfAbsent(pid, p -> new ArrayDeque<>());
    Instant windowStart = clock.instant().minus(WINDOW);
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(windowStart)) {
      failures.removeFirst();
    }
    return failures;
  }
}
