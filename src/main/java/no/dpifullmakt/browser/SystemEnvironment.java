package no.dpifullmakt.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The parts of the machine the robot looks at to find programs: the OS and PATH. */
public record SystemEnvironment(boolean windows, String pathVariable) {

  public static SystemEnvironment current() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    String path = System.getenv("PATH");
    return new SystemEnvironment(windows, path == null ? "" : path);
  }

  /** The first executable file with this name in a PATH folder. */
  public Optional<Path> onPath(String fileName) {
    return Arrays.stream(pathVariable.split(File.pathSeparator))
        .filter(folder -> !folder.isBlank())
        .map(folder -> Path.of(folder, fileName))
        .filter(SystemEnvironment::isExecutableFile)
        .findFirst();
  }

  public static boolean isExecutableFile(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }

  public String withExeSuffix(String name) {
    return windows ? name + ".exe" : name;
  }
}
