package no.dpifullmakt.environments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The practice portal started as its own process, the way a person starts it. */
final class SeparatePracticePortal implements AutoCloseable {

  private static final String READY = "Øvingsportalen kjører på ";

  private final Process process;
  private final URI address;

  private SeparatePracticePortal(Process process, URI address) {
    this.process = process;
    this.address = address;
  }

  static SeparatePracticePortal start() throws Exception {
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // Keeps nothing between runs, and never in the user's data folder.
                    "-Ddpi.datamappe=ingen",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "no.dpifullmakt.practiceportal.start.StandalonePortal",
                    "--port",
                    "0",
                    "--uten-nettleser"))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return null;
                  }
                })
            .get(60, TimeUnit.SECONDS);
    if (first == null || !first.startsWith(READY)) {
      process.destroy();
      throw new IllegalStateException("Øvingsportalen startet ikke: " + first);
    }
    Thread drain = new Thread(() -> out.lines().forEach(line -> {}), "ovingsportal-utskrift");
    drain.setDaemon(true);
    drain.start();
    return new SeparatePracticePortal(process, URI.create(first.substring(READY.length()).strip()));
  }

  URI address() {
    return address;
  }

  @Override
  public void close() {
    process.destroy();
  }
}
