package no.dpifullmakt.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import no.dpifullmakt.ProcessTicks;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

/** Resident memory from Linux's /proc: this JVM's peak, and a browser's process tree now. */
final class ResidentMemory {

  private static final Path PROC = Path.of("/proc");

  private ResidentMemory() {}

  static boolean available() {
    return Files.isReadable(PROC.resolve("self/status"));
  }

  /** The peak resident memory of this JVM so far (VmHWM), in KiB. */
  static OptionalLong jvmPeakKib() {
    return statusField(PROC.resolve("self/status"), "VmHWM:");
  }

  /**
   * The browser's main process: the Chromium process that runs with the driver session's profile
   * folder ({@code --user-data-dir}) and is not one of its helpers ({@code --type=...}).
   */
  static Optional<ProcessHandle> chromiumOf(WebDriver driver) {
    Object chrome = ((HasCapabilities) driver).getCapabilities().getCapability("chrome");
    if (!(chrome instanceof Map<?, ?> details) || details.get("userDataDir") == null) {
      return Optional.empty();
    }
    String profile = "--user-data-dir=" + details.get("userDataDir");
    return ProcessHandle.allProcesses()
        .filter(p -> isMainProcess(ProcessTicks.commandLine(p.pid()), profile))
        .findFirst();
  }

  private static boolean isMainProcess(List<String> arguments, String profile) {
    return arguments.contains(profile)
        && arguments.stream().noneMatch(a -> a.startsWith("--type="));
  }

  /** What the process and all its descendants hold in memory now: the sum of VmRSS, in KiB. */
  static Tree treeNow(ProcessHandle main) {
    long total = 0;
    int count = 0;
    for (ProcessHandle process : Stream.concat(Stream.of(main), main.descendants()).toList()) {
      OptionalLong rss = statusField(PROC.resolve(process.pid() + "/status"), "VmRSS:");
      if (rss.isPresent()) {
        total += rss.getAsLong();
        count++;
      }
    }
    return new Tree(total, count, 0);
  }

  /**
   * A process tree's resident memory and how many processes it had.
   *
   * @param kib the sum of VmRSS: memory the processes share is counted in each of them
   * @param pssKib the sum of Pss, where shared memory is divided among those who share it; 0 when
   *     not read
   */
  record Tree(long kib, int processes, long pssKib) {}

  /** The same tree with its proportional share (Pss) read now: dearer, so only for peaks. */
  static Tree withPss(ProcessHandle main, Tree tree) {
    long pss = 0;
    for (ProcessHandle process : Stream.concat(Stream.of(main), main.descendants()).toList()) {
      pss += statusField(PROC.resolve(process.pid() + "/smaps_rollup"), "Pss:").orElse(0);
    }
    return new Tree(tree.kib(), tree.processes(), pss);
  }

  private static OptionalLong statusField(Path status, String field) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith(field)) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process has just ended.
    }
    return OptionalLong.empty();
  }
}
