package no.dpifullmakt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The CPU time each test class used, with the browsers and drivers it started, written to {@code
 * target/klasse-cpu.tsv} for {@code scripts/Tidstabell.java}. The build is bound by CPU, so this,
 * not a class's time, says what it costs. A test JVM runs one class at a time, so the CPU its
 * process tree used between a class's start and end is that class's. Linux only; elsewhere it
 * writes nothing.
 */
public final class ClassCpuMeter implements TestExecutionListener {

  private static final Path PROC = Path.of("/proc");

  /** Linux's USER_HZ, the unit of /proc/PID/stat's times, on every architecture Java runs on. */
  private static final double TICKS_PER_SECOND = 100;

  private final Map<String, Long> startTicks = new HashMap<>();

  @Override
  public void executionStarted(TestIdentifier test) {
    className(test).ifPresent(name -> treeTicks().ifPresent(ticks -> startTicks.put(name, ticks)));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    className(test)
        .ifPresent(
            name -> {
              Long start = startTicks.remove(name);
              if (start != null) {
                treeTicks()
                    .ifPresent(
                        end ->
                            BuildTimes.record(
                                "klasse-cpu.tsv", name, (end - start) / TICKS_PER_SECOND));
              }
            });
  }

  private static Optional<String> className(TestIdentifier test) {
    return test.isContainer()
        ? test.getSource()
            .filter(ClassSource.class::isInstance)
            .map(source -> ((ClassSource) source).getClassName())
        : Optional.empty();
  }

  /**
   * The CPU of this JVM and every process under it, in clock ticks: each one's own time and the
   * time of the children it has already reaped.
   */
  private static Optional<Long> treeTicks() {
    if (!Files.isDirectory(PROC)) {
      return Optional.empty();
    }
    ProcessHandle self = ProcessHandle.current();
    return Optional.of(
        Stream.concat(Stream.of(self), self.descendants()).mapToLong(p -> ticks(p.pid())).sum());
  }

  /** utime + stime + cutime + cstime from /proc/PID/stat, or 0 for a process that has ended. */
  private static long ticks(long pid) {
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
      // Fields 14-17 of proc(5), counted from the state (field 3) at index 0.
      return fields.subList(11, 15).stream().mapToLong(Long::parseLong).sum();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
