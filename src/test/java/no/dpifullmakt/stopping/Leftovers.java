package no.dpifullmakt.stopping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What a stopped run might leave behind: processes and folders in its temporary folder. */
final class Leftovers {

  private Leftovers() {}

  /**
   * Of the processes the run had, those still alive after a grace of a few seconds, plus any
   * process whose command line names the run's temporary folder (where the profile was).
   */
  static List<String> processes(List<ProcessHandle> had, Path temporaryFolder) {
    for (ProcessHandle process : had) {
      try {
        process.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception stillThere) {
        // reported below
      }
    }
    String folder = temporaryFolder.toAbsolutePath().toString();
    Stream<ProcessHandle> holding =
        ProcessHandle.allProcesses().filter(p -> commandLine(p).contains(folder));
    return Stream.concat(had.stream().filter(ProcessHandle::isAlive), holding)
        .distinct()
        .map(p -> p.pid() + " " + commandLine(p))
        .toList();
  }

  /** The names in the run's temporary folder: a profile ("dpi-fullmakt-profil-…") or Chromium's. */
  static List<String> files(Path temporaryFolder) throws IOException {
    try (Stream<Path> entries = Files.list(temporaryFolder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String commandLine(ProcessHandle process) {
    ProcessHandle.Info info = process.info();
    return info.command().orElse("?")
        + " "
        + info.arguments().map(a -> String.join(" ", Arrays.asList(a))).orElse("");
  }
}
