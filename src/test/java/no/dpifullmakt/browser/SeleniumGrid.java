package no.dpifullmakt.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A real Selenium Grid (standalone, 4.48.0 from Maven Central) on loopback with one Chromium node,
 * started as its own process from the jars the build fetched into target/selenium-grid.
 */
final class SeleniumGrid implements AutoCloseable {

  private final Process process;
  private final URI url;

  private SeleniumGrid(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  static SeleniumGrid start(Path chromium, Path chromedriver) throws IOException {
    Path jars = Path.of("target", "selenium-grid");
    if (!Files.isDirectory(jars)) {
      throw new IllegalStateException(
          "Selenium Grid mangler i target/selenium-grid: kjør testene med ./mvnw verify.");
    }
    int port = freePort();
    String stereotype =
        "{\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":\"" + chromium + "\"}}";
    Path log = Files.createTempFile("selenium-grid", ".log");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    jars.toAbsolutePath() + "/*",
                    "org.openqa.selenium.grid.Main",
                    "standalone",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(port),
                    "--selenium-manager",
                    "false",
                    "--detect-drivers",
                    "false",
                    "--driver-configuration",
                    "display-name=chromium",
                    "max-sessions=2",
                    "webdriver-executable=" + chromedriver,
                    "stereotype=" + stereotype))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    SeleniumGrid grid = new SeleniumGrid(process, URI.create("http://127.0.0.1:" + port));
    grid.awaitReady(log);
    return grid;
  }

  URI url() {
    return url;
  }

  private void awaitReady(Path log) {
    HttpClient http = HttpClient.newHttpClient();
    try {
      new FluentWait<>(this)
          .withTimeout(Duration.ofSeconds(60))
          .pollingEvery(Duration.ofMillis(250))
          .ignoring(IOException.class)
          .until(
              g -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException("Selenium Grid stoppet; se " + log);
                }
                try {
                  HttpResponse<String> status =
                      http.send(
                          HttpRequest.newBuilder(url.resolve("/status")).build(),
                          HttpResponse.BodyHandlers.ofString());
                  return status.body().contains("\"ready\": true") ? true : null;
                } catch (IOException e) {
                  return null;
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return true;
                }
              });
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
  }
}
