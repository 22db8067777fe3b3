package no.dpifullmakt.benchmark;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.dpifullmakt.ProcessTicks;

/**
 * The CPU one run uses: this JVM's own time, and the time of one browser's processes (its driver
 * and every process under it) by kind. The build is bound by CPU, so this, not a run's time, says
 * what a run costs the build. Linux only.
 *
 * <p>A process that ends during the run counts where its parent reaps it: a page's renderer with
 * the zygote that started it, so with the pages. (A helper reaped by the main process would move
 * its time from one kind to the other; the total stays right.) The other browser, idle meanwhile,
 * is not counted; this JVM also serves the practice portal and runs the benchmark itself, for robot
 * and floor alike.
 */
final class ProcessCpu {

  /** Where the time went, as the result names it. */
  enum Kind {
    JAVA("Java (roboten eller gulvet, øvingsportalen og målingen)"),
    DRIVER("ChromeDriver"),
    PAGES("Chromium: sidene (renderer)"),
    MAIN("Chromium: hovedprosessen"),
    GPU("Chromium: GPU-prosessen (tegning)"),
    HELPERS("Chromium: hjelpeprosessene (nettverk, lagring)");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** CPU-seconds by kind; every kind is present. */
  record Use(Map<Kind, Double> seconds) {

    double total() {
      return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double of(Kind kind) {
      return seconds.get(kind);
    }

    /** The same use, less CPU that this JVM spent on measuring it. */
    Use lessJava(double measuring) {
      Map<Kind, Double> less = new EnumMap<>(seconds);
      less.put(Kind.JAVA, Math.max(0, seconds.get(Kind.JAVA) - measuring));
      return new Use(less);
    }
  }

  /** Clock ticks by kind at one moment. */
  record Sample(Map<Kind, Long> ticks) {}

  private final Optional<ProcessHandle> driver;

  /**
   * @param browser the browser's main process, if known: its parent, the driver, is the root of
   *     what is counted
   */
  ProcessCpu(Optional<ProcessHandle> browser) {
    this.driver =
        ProcessTicks.available() ? browser.flatMap(ProcessHandle::parent) : Optional.empty();
  }

  boolean available() {
    return driver.isPresent();
  }

  Sample now() {
    Map<Kind, Long> ticks = zeroes(0L);
    ticks.put(Kind.JAVA, ProcessTicks.own(ProcessHandle.current().pid()));
    for (ProcessHandle process : browserProcesses()) {
      ticks.merge(
          kindOf(ProcessTicks.commandLine(process.pid())),
          ProcessTicks.withReapedChildren(process.pid()),
          Long::sum);
    }
    return new Sample(ticks);
  }

  /**
   * This JVM's ticks and all of the browser's, summed, without asking each process what it is: the
   * cheaper reading that {@link CpuTimeline} takes many times a second.
   *
   * @param browserProcesses the driver and the processes under it, as last listed
   */
  static long totalTicks(List<ProcessHandle> browserProcesses) {
    long ticks = ProcessTicks.own(ProcessHandle.current().pid());
    for (ProcessHandle process : browserProcesses) {
      ticks += ProcessTicks.withReapedChildren(process.pid());
    }
    return ticks;
  }

  /** The driver and every process under it now; empty without a browser. */
  List<ProcessHandle> browserProcesses() {
    return driver
        .map(root -> Stream.concat(Stream.of(root), root.descendants()).toList())
        .orElse(List.of());
  }

  static Use between(Sample before, Sample after) {
    Map<Kind, Double> seconds = zeroes(0.0);
    for (Kind kind : Kind.values()) {
      long ticks = after.ticks().get(kind) - before.ticks().get(kind);
      seconds.put(kind, ticks / ProcessTicks.PER_SECOND);
    }
    return new Use(seconds);
  }

  /**
   * @param commandLine as /proc has it: Chromium's helpers write their whole command line over
   *     their first argument, so an argument may hold several
   */
  static Kind kindOf(List<String> commandLine) {
    List<String> arguments =
        commandLine.stream().flatMap(a -> Arrays.stream(a.split(" "))).toList();
    if (arguments.isEmpty()) {
      return Kind.HELPERS;
    }
    if (arguments.get(0).endsWith("chromedriver")) {
      return Kind.DRIVER;
    }
    if (arguments.contains("--type=renderer") || arguments.contains("--type=zygote")) {
      return Kind.PAGES;
    }
    if (arguments.contains("--type=gpu-process")) {
      return Kind.GPU;
    }
    return arguments.stream().anyMatch(a -> a.startsWith("--type=")) ? Kind.HELPERS : Kind.MAIN;
  }

  private static <T> Map<Kind, T> zeroes(T zero) {
    Map<Kind, T> map = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      map.put(kind, zero);
    }
    return map;
  }
}
