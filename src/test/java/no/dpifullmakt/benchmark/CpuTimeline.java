package no.dpifullmakt.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.dpifullmakt.ProcessTicks;

/**
 * The CPU of one run over time, so that each step gets its share: this JVM and one browser's
 * processes, summed, read on a thread of its own many times a second. The reading's own CPU is
 * taken out again, so the figures are those of the run.
 */
final class CpuTimeline implements AutoCloseable {

  private static final Duration EVERY = Duration.ofMillis(25);

  /** Every so many readings the browser's processes are listed anew, so a new page's is seen. */
  private static final int LIST_PROCESSES_EVERY = 4;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * One reading: when (nanoseconds since the epoch, as the robot's report has them), the ticks of
   * the JVM and the browser, and how much of that the readings themselves had used so far.
   */
  record Point(long epochNanos, long ticks, long readingTicks) {}

  /** The readings of one run. */
  record Timeline(List<Point> points) {

    /**
     * The CPU-seconds of a part of the run that began at a moment (nanoseconds since the epoch) and
     * took this long. Between two readings the use is taken as even; outside them, as none.
     */
    double seconds(long beganEpochNanos, Duration took) {
      long ended = beganEpochNanos + took.toNanos();
      return (ticksAt(ended) - ticksAt(beganEpochNanos)) / ProcessTicks.PER_SECOND;
    }

    boolean measured() {
      return !points.isEmpty();
    }

    /** What the readings themselves used, which the JVM's time includes. */
    double readingSeconds() {
      return points.isEmpty()
          ? 0
          : points.get(points.size() - 1).readingTicks() / ProcessTicks.PER_SECOND;
    }

    private double ticksAt(long epochNanos) {
      if (points.isEmpty()) {
        return 0;
      }
      Point first = points.get(0);
      if (epochNanos <= first.epochNanos()) {
        return runTicks(first);
      }
      for (int i = 1; i < points.size(); i++) {
        Point after = points.get(i);
        if (epochNanos <= after.epochNanos()) {
          // Here epochNanos > before's time (else the loop had ended there), so they differ.
          Point before = points.get(i - 1);
          double share =
              (double) (epochNanos - before.epochNanos())
                  / (after.epochNanos() - before.epochNanos());
          return runTicks(before) + share * (runTicks(after) - runTicks(before));
        }
      }
      return runTicks(points.get(points.size() - 1));
    }

    private static double runTicks(Point point) {
      return point.ticks() - point.readingTicks();
    }
  }

  private final ProcessCpu cpu;
  private final List<Point> points = new ArrayList<>();
  private final Optional<ScheduledExecutorService> timer;
  private List<ProcessHandle> processes = List.of();
  private int readings;
  private long readerThread = -1;

  private CpuTimeline(ProcessCpu cpu) {
    this.cpu = cpu;
    this.timer = cpu.available() ? Optional.of(reader()) : Optional.empty();
    timer.ifPresent(
        t -> t.scheduleAtFixedRate(this::read, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS));
  }

  private static ScheduledExecutorService reader() {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread thread = new Thread(r, "ytelse-cpu-tidslinje");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Starts reading now; where CPU cannot be measured, reads nothing. */
  static CpuTimeline start(ProcessCpu cpu) {
    return new CpuTimeline(cpu);
  }

  private synchronized void read() {
    readerThread = Thread.currentThread().getId();
    if (readings++ % LIST_PROCESSES_EVERY == 0) {
      processes = cpu.browserProcesses();
    }
    long ticks = ProcessCpu.totalTicks(processes);
    points.add(new Point(epochNanos(), ticks, readingTicks()));
  }

  /** The reading thread's own CPU so far, in clock ticks. */
  private long readingTicks() {
    return ticksOf(THREADS.getCurrentThreadCpuTime());
  }

  private static long ticksOf(long cpuNanos) {
    return Math.round(cpuNanos / 1e9 * ProcessTicks.PER_SECOND);
  }

  static long epochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** Stops reading, after one last reading, and gives what was read (nothing if not measured). */
  synchronized Timeline stop() {
    if (timer.isEmpty()) {
      return new Timeline(List.of());
    }
    timer.get().shutdownNow();
    // The last reading is taken here, on the caller's thread, with the last count of the reader's.
    points.add(new Point(epochNanos(), ProcessCpu.totalTicks(processes), readerTicksSoFar()));
    return new Timeline(List.copyOf(points));
  }

  /** The reader's CPU so far: asked of its thread, or if that has ended, its last reading. */
  private long readerTicksSoFar() {
    long nanos = readerThread < 0 ? -1 : THREADS.getThreadCpuTime(readerThread);
    if (nanos >= 0) {
      return ticksOf(nanos);
    }
    return points.isEmpty() ? 0 : points.get(points.size() - 1).readingTicks();
  }

  @Override
  public void close() {
    timer.ifPresent(ScheduledExecutorService::shutdownNow);
  }
}
