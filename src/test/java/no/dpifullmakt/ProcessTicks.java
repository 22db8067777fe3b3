package no.dpifullmakt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU time and command lines of processes, from Linux's /proc. */
public final class ProcessTicks {

  private static final Path PROC = Path.of("/proc");

  /** Linux's USER_HZ, the unit of /proc/PID/stat's times, on every architecture Java runs on. */
  public static final double PER_SECOND = 100;

  private ProcessTicks() {}

  public static boolean available() {
    return Files.isReadable(PROC.resolve("self/stat"));
  }

  /** utime + stime of the process itself, in clock ticks; 0 for a process that has ended. */
  public static long own(long pid) {
    return fields(pid, 2);
  }

  /**
   * utime + stime + cutime + cstime: the process's own time and that of the children it has already
   * reaped, in clock ticks; 0 for a process that has ended.
   */
  public static long withReapedChildren(long pid) {
    return fields(pid, 4);
  }

  private static long fields(long pid, int count) {
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
      // Fields 14-17 of proc(5), counted from the state (field 3) at index 0.
      return fields.subList(11, 11 + count).stream().mapToLong(Long::parseLong).sum();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The process's arguments, the program first; empty for a process that has ended. */
  public static List<String> commandLine(long pid) {
    try {
      String raw =
          Files.readString(
              PROC.resolve(Long.toString(pid)).resolve("cmdline"), StandardCharsets.UTF_8);
      return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
