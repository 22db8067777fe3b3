package no.dpifullmakt.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The floor's stopwatch: one lap per step, ended where the robot's step ends. */
final class StepClock {

  private final List<Duration> laps = new ArrayList<>();
  private long lapStart = System.nanoTime();

  /** Ends the current step and starts the next. */
  void stepDone() {
    long now = System.nanoTime();
    laps.add(Duration.ofNanos(now - lapStart));
    lapStart = now;
  }

  List<Duration> laps() {
    return List.copyOf(laps);
  }
}
