package no.dpifullmakt;

import java.util.HashMap;
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
                                "klasse-cpu.tsv", name, (end - start) / ProcessTicks.PER_SECOND));
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
    if (!ProcessTicks.available()) {
      return Optional.empty();
    }
    ProcessHandle self = ProcessHandle.current();
    return Optional.of(
        Stream.concat(Stream.of(self), self.descendants())
            .mapToLong(p -> ProcessTicks.withReapedChildren(p.pid()))
            .sum());
  }
}
