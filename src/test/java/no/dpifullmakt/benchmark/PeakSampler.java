package no.dpifullmakt.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows browsers' process trees during the benchmark and keeps the highest sum of resident memory
 * each reached, sampled at a fixed rate on a thread of its own.
 */
final class PeakSampler implements AutoCloseable {

  private final Map<String, ProcessHandle> browsers;
  private final Map<String, ResidentMemory.Tree> peaks = new LinkedHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ytelse-minne");
            thread.setDaemon(true);
            return thread;
          });

  PeakSampler(Map<String, ProcessHandle> browsers, Duration every) {
    this.browsers = Map.copyOf(browsers);
    browsers.keySet().forEach(name -> peaks.put(name, new ResidentMemory.Tree(0, 0, 0)));
    timer.scheduleAtFixedRate(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void sample() {
    browsers.forEach(
        (name, main) -> {
          ResidentMemory.Tree now = ResidentMemory.treeNow(main);
          if (now.kib() > peaks.get(name).kib()) {
            peaks.put(name, ResidentMemory.withPss(main, now));
          }
        });
  }

  /** The highest sum each browser reached, with the number of processes it had then. */
  synchronized Map<String, ResidentMemory.Tree> peaks() {
    return new LinkedHashMap<>(peaks);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
