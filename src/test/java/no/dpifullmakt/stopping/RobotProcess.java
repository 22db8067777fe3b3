package no.dpifullmakt.stopping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, with its own temporary folder, its output collected line by
 * line. It starts through {@code env --default-signal}: a JVM whose parent ignores SIGINT (a
 * background job of a script) would inherit that and never see Ctrl+C.
 */
public final class RobotProcess implements AutoCloseable {

  private final Process process;
  private final Path temporaryFolder;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final List<Waiting> waiting = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private record Waiting(String text, CompletableFuture<String> seen) {}

  private RobotProcess(Process process, Path temporaryFolder) {
    this.process = process;
    this.temporaryFolder = temporaryFolder;
    this.reader = new Thread(this::read, "robotens-utskrift");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code Main} with these arguments and environment variables added. */
  public static RobotProcess start(Path folder, Map<String, String> variables, String... args)
      throws IOException {
    Path temporary = Files.createDirectories(folder.resolve("tmp"));
    List<String> command = new ArrayList<>();
    command.addAll(List.of("/usr/bin/env", "--default-signal=INT,TERM"));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Djava.io.tmpdir=" + temporary,
            "-cp",
            System.getProperty("java.class.path"),
            "no.dpifullmakt.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(variables);
    builder.environment().remove("DPI_OVELSESPORTAL");
    return new RobotProcess(builder.start(), temporary);
  }

  private void read() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        for (Waiting w : waiting) {
          if (line.contains(w.text())) {
            w.seen().complete(line);
          }
        }
      }
    } catch (IOException e) {
      // The process is gone; what it printed is in lines.
    } finally {
      waiting.forEach(w -> w.seen().complete(null));
    }
  }

  /**
   * Waits until a line contains {@code text}.
   *
   * @return false when the run ended without printing it
   */
  public boolean awaitLine(String text, long seconds) throws Exception {
    CompletableFuture<String> seen = new CompletableFuture<>();
    waiting.add(new Waiting(text, seen));
    if (lines.stream().anyMatch(l -> l.contains(text))) {
      return true;
    }
    if (!reader.isAlive()) {
      return false;
    }
    return seen.get(seconds, TimeUnit.SECONDS) != null;
  }

  /** Sends a signal by name ("INT", "TERM"), as a terminal or a service manager would. */
  public void signal(String name) throws Exception {
    new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
        .inheritIO()
        .start()
        .waitFor();
  }

  /** The exit code, waiting at most {@code seconds}; the reader has then seen every line. */
  public int awaitExit(long seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("Roboten avsluttet ikke på " + seconds + " s:\n" + output());
    }
    reader.join(TimeUnit.SECONDS.toMillis(10));
    return process.exitValue();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  Path temporaryFolder() {
    return temporaryFolder;
  }

  public String output() {
    return String.join("\n", lines);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void deleteQuietly(Path folder) {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a test's leftovers in target/
    }
  }
}
