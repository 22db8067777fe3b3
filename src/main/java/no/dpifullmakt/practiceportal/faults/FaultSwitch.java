package no.dpifullmakt.practiceportal.faults;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults of one running portal and what they have counted so far. Setting new faults starts
 * afresh: the randomness from its seed, the request counts and the lost answers from zero.
 */
public final class FaultSwitch {

  private final Faults atStart;
  private volatile Run run;

  public FaultSwitch(Faults atStart) {
    this.atStart = atStart;
    this.run = new Run(atStart);
  }

  public Faults current() {
    return run.faults;
  }

  public void set(Faults faults) {
    run = new Run(faults);
  }

  /** Nothing misbehaves any more, also what the portal was started with. */
  public void clear() {
    set(Faults.none());
  }

  /** Back to the faults the portal was started with, counted afresh. */
  public void reset() {
    set(atStart);
  }

  /** The latency to add to one request, fixed plus random. */
  public long nextDelayMillis() {
    Run now = run;
    long bound = now.faults.forsinkelseMaksMs();
    return now.faults.forsinkelseMs() + (bound == 0 ? 0 : now.nextLong(bound + 1));
  }

  /**
   * Whether this read fails now. A read that failed is remembered, so the same read asked again
   * (the person pressed "Prøv igjen") answers normally.
   *
   * @param key who asked for what, for example the session and the path with its query
   * @param path the path read, which fails every time under {@link Faults#lesefeilStier()}
   */
  public boolean failRead(String key, String path) {
    Run now = run;
    if (now.faults.lesefeilStier().stream().anyMatch(path::startsWith)) {
      return true;
    }
    if (now.faults.lesefeilAndel() == 0.0 || now.failedReads.remove(key)) {
      return false;
    }
    if (now.nextDouble() < now.faults.lesefeilAndel()) {
      now.failedReads.add(key);
      return true;
    }
    return false;
  }

  /**
   * Counts one request of a session.
   *
   * @return true when the session has now made more requests than it may, and must expire
   */
  public boolean countAndExpire(String sessionId) {
    Run now = run;
    int limit = now.faults.sesjonUtløperEtterForespørsler();
    if (limit == 0) {
      return false;
    }
    int count =
        now.requestsPerSession
            .computeIfAbsent(sessionId, id -> new AtomicInteger())
            .incrementAndGet();
    if (count > limit && now.mayExpireAnother()) {
      now.requestsPerSession.remove(sessionId);
      return true;
    }
    return false;
  }

  /**
   * Whether this page load answers 503: one of the next {@link Faults#sidefeilAntall()} under the
   * paths asked for.
   */
  public boolean failPageLoad(String path) {
    Run now = run;
    List<String> paths = now.faults.sidefeilStier();
    if (!paths.isEmpty() && paths.stream().noneMatch(path::startsWith)) {
      return false;
    }
    return now.pageFailuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  /** Takes one of the answers to lose, if any are left. */
  public boolean loseAnswer() {
    AtomicInteger left = run.lostAnswersLeft;
    return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  /** The state of one set of faults. */
  private static final class Run {
    private final Faults faults;
    private final Random random;
    private final Set<String> failedReads = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> requestsPerSession = new ConcurrentHashMap<>();
    private final AtomicInteger lostAnswersLeft;
    private final AtomicInteger pageFailuresLeft;
    private final AtomicInteger expiries = new AtomicInteger();

    Run(Faults faults) {
      this.faults = faults;
      this.random = new Random(faults.frø());
      this.lostAnswersLeft = new AtomicInteger(faults.mistSvarPåNesteEndring());
      this.pageFailuresLeft = new AtomicInteger(faults.sidefeilAntall());
    }

    /** Whether one more session may expire: unlimited at 0, else up to the count. */
    boolean mayExpireAnother() {
      int allowed = faults.sesjonUtløperAntallGanger();
      return allowed == 0 || expiries.incrementAndGet() <= allowed;
    }

    synchronized long nextLong(long bound) {
      return (long) (random.nextDouble() * bound);
    }

    synchronized double nextDouble() {
      return random.nextDouble();
    }
  }
}
