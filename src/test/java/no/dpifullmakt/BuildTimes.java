package no.dpifullmakt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Lines for {@code scripts/Tidstabell.java} in {@code target/}, each marked with the build that
 * wrote it ({@code tidstabell.bygg}, set by the pom), so a build without {@code clean} shows only
 * its own figures.
 */
public final class BuildTimes {

  private static final String BUILD = System.getProperty("tidstabell.bygg", "ukjent");

  private BuildTimes() {}

  /** Adds «build, what…, seconds» as one line to the named file. */
  public static synchronized void record(String file, String what, double seconds) {
    String line = String.format(Locale.ROOT, "%s\t%s\t%.2f%n", BUILD, what, seconds);
    Path times = Path.of("target", file);
    try {
      Files.createDirectories(times.getParent());
      Files.writeString(
          times,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
