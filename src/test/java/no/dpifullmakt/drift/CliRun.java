package no.dpifullmakt.drift;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.cli.Main;

/**
 * One command line run, as a person types it, with what it printed and the report folder it made.
 *
 * @param folder the run's report folder, or null when the command makes none
 */
record CliRun(int exit, String out, String err, Path folder) {

  /** Runs {@code dpi-fullmakt <args>} with these environment variables. */
  static CliRun of(Map<String, String> environment, Path reports, String... args) {
    Set<Path> before = folders(reports);
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit =
          Main.run(new Console(environment::get, InputStream.nullInputStream(), System.out), args);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    List<Path> made = new ArrayList<>(folders(reports));
    made.removeAll(before);
    return new CliRun(
        exit,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        made.isEmpty() ? null : made.get(0));
  }

  /**
   * Runs {@code dpi-fullmakt <args>} in a JVM of its own, as the script does: runs in their own
   * JVMs can go side by side, since a run's settings are the JVM's.
   */
  static CliRun inOwnJvm(Map<String, String> environment, Path reports, String... args) {
    Set<Path> before = folders(reports);
    try {
      Path out = Files.createTempFile("kjoring", ".out");
      Path err = Files.createTempFile("kjoring", ".err");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // A run is short: quick start-up matters more than peak speed.
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-XX:+UseSerialGC");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
      command.addAll(List.of(args));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(4, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("Kjøringen ble ikke ferdig: " + String.join(" ", args));
      }
      List<Path> made = new ArrayList<>(folders(reports));
      made.removeAll(before);
      CliRun run =
          new CliRun(
              process.exitValue(),
              Files.readString(out),
              Files.readString(err),
              made.isEmpty() ? null : made.get(0));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A file the run wrote into its folder. */
  String file(String name) {
    try {
      return Files.readString(folder.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean has(String name) {
    return folder != null && Files.exists(folder.resolve(name));
  }

  private static Set<Path> folders(Path reports) {
    if (!Files.isDirectory(reports)) {
      return Set.of();
    }
    try (Stream<Path> list = Files.list(reports)) {
      return list.filter(Files::isDirectory).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
