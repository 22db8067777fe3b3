package no.dpifullmakt.practiceportal.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice portal's Altinn 3 components: the build makes them from the pinned library and does
 * nothing the second time, and what it makes asks for nothing outside the practice portal.
 */
class ComponentBuildTest {

  private static final Path PROJECT = Path.of("src", "main", "practiceportal", "altinn3");
  private static final String BUNDLED = "/practiceportal/altinn3/assets/app/";

  /**
   * Addresses that are names or links, not requests: XML namespaces, React's error-page links and
   * the Maskinporten page's «Les mer» link to Digdir, which real Altinn has too.
   */
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s\"')]+");

  private static final List<String> NOT_REQUESTS =
      List.of(
          "http://www.w3.org/",
          "https://react.dev/errors/",
          "https://samarbeid.digdir.no/maskinporten/");

  @TempDir Path out;

  @Test
  void theBuildMakesTheBundleFromThePinnedVersionAndDoesNothingTheSecondTime() throws Exception {
    String first = node(PROJECT.resolve("build.mjs").toString(), out.toString());
    assertThat(first).contains("Bygget øvingsportalens komponenter med @altinn/altinn-components");
    assertThat(Files.readString(out.resolve("versjon.txt")))
        .startsWith("@altinn/altinn-components " + pinnedVersion());
    Path script = out.resolve("app.js");
    FileTime made = Files.getLastModifiedTime(script);

    String second = node(PROJECT.resolve("build.mjs").toString(), out.toString());

    assertThat(second.strip()).isEqualTo("Øvingsportalens komponenter er uendret.");
    assertThat(Files.getLastModifiedTime(script)).isEqualTo(made);
  }

  @Test
  void theBundleInTheJarAsksForNothingOutsideThePracticePortal() throws IOException {
    for (String file : List.of("app.js", "app.css")) {
      String text = resource(BUNDLED + file);
      assertThat(text).as(file).isNotBlank();
      Matcher found = ADDRESS.matcher(text);
      List<String> outside =
          found
              .results()
              .map(m -> m.group())
              .filter(address -> NOT_REQUESTS.stream().noneMatch(address::startsWith))
              .distinct()
              .collect(Collectors.toList());
      assertThat(outside).as(file).isEmpty();
    }
  }

  private static String pinnedVersion() throws IOException {
    String manifest = Files.readString(PROJECT.resolve("package.json"));
    Matcher version =
        Pattern.compile("\"@altinn/altinn-components\":\\s*\"([^\"]+)\"").matcher(manifest);
    assertThat(version.find()).isTrue();
    return version.group(1);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ComponentBuildTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String node(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("node"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}
