package no.dpifullmakt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The virtual screen (Xvfb) that headed browsers in tests draw on. The build sets DISPLAY=:99 for
 * the tests; this starts Xvfb there unless a server already runs.
 */
public final class TestDisplay {

  private static final String DISPLAY = ":99";
  private static Process xvfb;

  private TestDisplay() {}

  public static synchronized void ensure() {
    Path lock = Path.of("/tmp/.X99-lock");
    if (xvfb != null || serverRunsFor(lock)) {
      return;
    }
    try {
      xvfb =
          new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
      Instant until = Instant.now().plus(Duration.ofSeconds(10));
      while (!serverRunsFor(lock) && Instant.now().isBefore(until) && xvfb.isAlive()) {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      }
      if (!serverRunsFor(lock)) {
        throw new IllegalStateException("Xvfb startet ikke på " + DISPLAY);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "Xvfb mangler: installer den med «sudo apt-get install -y xvfb».", e);
    }
  }

  /** A lock left by a server that died does not count: Xvfb removes such a lock itself. */
  private static boolean serverRunsFor(Path lock) {
    try {
      long pid = Long.parseLong(Files.readString(lock).strip());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException noServer) {
      return false;
    }
  }
}
