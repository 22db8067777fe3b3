package no.dpifullmakt.browser;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Profile folders left by a robot that was killed outright ({@code kill -9}, a power cut), which no
 * shutdown could clean up. Removed at the next browser start: only those no process names on its
 * command line, and older than a few minutes, so a JVM next door that is starting its browser keeps
 * its own.
 */
final class StaleProfiles {

  static final String PREFIX = "dpi-fullmakt-profil-";
  private static final Duration OLD_ENOUGH = Duration.ofMinutes(10);
  private static final AtomicBoolean SWEPT = new AtomicBoolean();

  private StaleProfiles() {}

  /** Sweeps the temporary folder once per JVM. */
  static void sweepOnce() {
    if (SWEPT.compareAndSet(false, true)) {
      sweep(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(OLD_ENOUGH));
    }
  }

  /** Deletes this folder's stale profiles last changed before {@code before}. */
  static void sweep(Path temporaryFolder, Instant before) {
    Set<String> inUse = namedByProcesses();
    try (DirectoryStream<Path> profiles = Files.newDirectoryStream(temporaryFolder, PREFIX + "*")) {
      for (Path profile : profiles) {
        String name = profile.toAbsolutePath().toString();
        if (Files.isDirectory(profile)
            && Files.getLastModifiedTime(profile).compareTo(FileTime.from(before)) < 0
            && inUse.stream().noneMatch(line -> line.contains(name))) {
          BrowserSession.deleteProfile(profile);
        }
      }
    } catch (IOException e) {
      // An unreadable temporary folder: nothing the robot can tidy.
    }
  }

  private static Set<String> namedByProcesses() {
    return ProcessHandle.allProcesses()
        .map(p -> p.info().arguments().map(a -> String.join(" ", Arrays.asList(a))).orElse(""))
        .filter(line -> line.contains(PREFIX))
        .collect(Collectors.toSet());
  }
}
