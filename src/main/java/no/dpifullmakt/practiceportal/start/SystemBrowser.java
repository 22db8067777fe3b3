package no.dpifullmakt.practiceportal.start;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The person's default browser. Java's own desktop support where there is a screen; otherwise the
 * system's opener ({@code xdg-open} on Linux, {@code open} on macOS, {@code start} on Windows) if
 * it is installed. It never fails: without a browser it says so by returning false.
 */
final class SystemBrowser implements BrowserOpener {

  /** How long to let the system's opener answer before trusting that it is opening the page. */
  private static final long OPENER_ANSWER_SECONDS = 5;

  @Override
  public boolean open(URI address) {
    return openWithDesktop(address) || openWithCommand(address);
  }

  private static boolean openWithDesktop(URI address) {
    try {
      if (GraphicsEnvironment.isHeadless()
          || !Desktop.isDesktopSupported()
          || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        return false;
      }
      Desktop.getDesktop().browse(address);
      return true;
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static boolean openWithCommand(URI address) {
    Optional<List<String>> command = command(address);
    if (command.isEmpty()) {
      return false;
    }
    try {
      Process process =
          new ProcessBuilder(command.get())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // Most openers hand the page to the browser and exit at once; one that keeps running is
      // most likely the browser itself.
      if (!process.waitFor(OPENER_ANSWER_SECONDS, TimeUnit.SECONDS)) {
        return true;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Optional<List<String>> command(URI address) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String url = address.toString();
    if (os.contains("win")) {
      return Optional.of(List.of("cmd", "/c", "start", "", url));
    }
    String opener = os.contains("mac") ? "open" : "xdg-open";
    return onPath(opener) ? Optional.of(List.of(opener, url)) : Optional.empty();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
