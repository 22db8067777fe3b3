package no.dpifullmakt.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.edge.EdgeDriverService;
import org.openqa.selenium.firefox.GeckoDriverService;

/**
 * Driver services whose process starts with only {@link ChildEnvironment}.
 *
 * <p>Selenium's {@code DriverService.start()} builds a {@code ProcessBuilder}, which copies the
 * whole environment of the JVM, and {@code withEnvironment(Map)} can only add to that copy. So the
 * driver is started through {@code env -i NAME=value ... driver args}: {@code env} clears the
 * environment and then replaces itself with the driver, which keeps the process id Selenium knows.
 * On Windows, which has no {@code env}, the drivers start as Selenium starts them.
 */
final class MinimalEnvironmentDrivers {

  static final Path ENV = Path.of("/usr/bin/env");

  private MinimalEnvironmentDrivers() {}

  static ChromeDriverService chrome(File driver, Path scratch) {
    return new ChromeDriverService.Builder() {
      @Override
      protected ChromeDriverService createDriverService(
          File exe, int port, Duration timeout, List<String> args, Map<String, String> env) {
        return started(ChromeDriverService::new, exe, port, timeout, args, env, scratch);
      }
    }.usingDriverExecutable(driver).build();
  }

  static EdgeDriverService edge(File driver, Path scratch) {
    return new EdgeDriverService.Builder() {
      @Override
      protected EdgeDriverService createDriverService(
          File exe, int port, Duration timeout, List<String> args, Map<String, String> env) {
        return started(EdgeDriverService::new, exe, port, timeout, args, env, scratch);
      }
    }.usingDriverExecutable(driver).build();
  }

  static GeckoDriverService firefox(File driver, Path scratch) {
    return new GeckoDriverService.Builder() {
      @Override
      protected GeckoDriverService createDriverService(
          File exe, int port, Duration timeout, List<String> args, Map<String, String> env) {
        return started(GeckoDriverService::new, exe, port, timeout, args, env, scratch);
      }
    }.usingDriverExecutable(driver).build();
  }

  /** One of Selenium's driver-service constructors. */
  @FunctionalInterface
  private interface ServiceConstructor<S> {
    S create(File exe, int port, Duration timeout, List<String> args, Map<String, String> env)
        throws IOException;
  }

  /**
   * The service for {@code exe}, started through {@code env -i} where there is one, with {@code
   * scratch} as its temporary folder.
   */
  private static <S> S started(
      ServiceConstructor<S> service,
      File exe,
      int port,
      Duration timeout,
      List<String> args,
      Map<String, String> env,
      Path scratch) {
    try {
      return possible()
          ? service.create(ENV.toFile(), port, timeout, wrapped(exe, args, scratch), Map.of())
          : service.create(exe, port, timeout, args, withTemporaryFolder(env, scratch));
    } catch (IOException e) {
      throw new WebDriverException(e);
    }
  }

  /** {@code -i NAME=value ... /path/to/driver args}: the arguments for {@code env}. */
  static List<String> wrapped(File driver, List<String> driverArguments, Path scratch) {
    List<String> command = new ArrayList<>();
    command.add("-i");
    ChildEnvironment.forThisProcess(scratch)
        .forEach((name, value) -> command.add(name + "=" + value));
    command.add(driver.getAbsolutePath());
    command.addAll(driverArguments);
    return command;
  }

  /** Windows' drivers take their temporary folder from TMP and TEMP. */
  private static Map<String, String> withTemporaryFolder(Map<String, String> env, Path scratch) {
    Map<String, String> with = new HashMap<>(env);
    with.put("TMP", scratch.toString());
    with.put("TEMP", scratch.toString());
    return with;
  }

  private static boolean possible() {
    return !File.separator.equals("\\") && Files.isExecutable(ENV);
  }
}
