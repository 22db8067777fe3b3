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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.cli.Console;

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
          TimedRuns.run(
              new Console(environment::get, InputStream.nullInputStream(), System.out), args);
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
