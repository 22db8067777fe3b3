package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The processes behind one local browser session: the driver (a child of this JVM, known by its
 * {@code --port}), everything it started, and anything that still holds the session's profile
 * folder (a browser whose driver died is no longer a descendant). They can be ended even when the
 * driver no longer answers.
 */
final class SessionProcesses {

  private final OptionalInt driverPort;
  private final Optional<Path> profile;

  SessionProcesses(OptionalInt driverPort, Optional<Path> profile) {
    this.driverPort = driverPort;
    this.profile = profile;
  }

  /** Nothing to look after: a session in a Selenium Grid. */
  static SessionProcesses none() {
    return new SessionProcesses(OptionalInt.empty(), Optional.empty());
  }

  /** The session's processes alive now, the driver first. */
  List<ProcessHandle> alive() {
    Set<ProcessHandle> found = new LinkedHashSet<>();
    if (driverPort.isPresent()) {
      String port = "--port=" + driverPort.getAsInt();
      ProcessHandle.current()
          .children()
          .filter(child -> arguments(child).anyMatch(port::equals))
          .forEach(
              driver -> {
                found.add(driver);
                driver.descendants().forEach(found::add);
              });
    }
    profile.ifPresent(
        folder -> {
          String named = folder.toAbsolutePath().toString();
          ProcessHandle.allProcesses()
              .filter(p -> arguments(p).anyMatch(a -> a.contains(named)))
              .forEach(found::add);
        });
    found.remove(ProcessHandle.current());
    return new ArrayList<>(found);
  }

  /**
   * Ends these processes and whatever still holds the profile: politely first, then by force, and
   * waits at most {@code limit} for each round.
   */
  void end(List<ProcessHandle> remembered, Duration limit) {
    Set<ProcessHandle> all = new LinkedHashSet<>(remembered);
    all.addAll(alive());
    all.forEach(ProcessHandle::destroy);
    if (!exitedWithin(all, limit)) {
      all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      exitedWithin(all, limit);
    }
  }

  private static boolean exitedWithin(Set<ProcessHandle> processes, Duration limit) {
    CompletableFuture<?>[] exits =
        processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Stream<String> arguments(ProcessHandle process) {
    return process.info().arguments().map(Arrays::stream).orElseGet(Stream::empty);
  }
}
