package no.dpifullmakt.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Processes a test starts to stand in for a browser's. */
final class ChildProcesses {

  private ChildProcesses() {}

  /** The first process the given one starts, once it has started one. */
  static ProcessHandle firstChild(Process process) throws IOException {
    Instant limit = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(limit)) {
      Optional<ProcessHandle> child = process.toHandle().children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Thread.onSpinWait();
    }
    throw new IOException("the shell started no child");
  }
}
