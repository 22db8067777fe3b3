package no.dpifullmakt.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.dpifullmakt.report.LetterStyle;
import no.dpifullmakt.report.StepKind;

/**
 * The robot's own timing of each step, read from the Cucumber JSON report that every run writes
 * (cucumber.json in the run's report folder). A step's time includes the step hooks around it
 * (where the robot keeps its screenshot and fingerprint), so it is what the step cost the run.
 */
final class RobotReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One step: the label the progress lines use, and what it took. */
  record StepTime(String label, Duration took) {}

  private RobotReport() {}

  /** The steps of the one scenario in the run's report under {@code reportFolder}. */
  static List<StepTime> steps(Path reportFolder) throws IOException {
    Path report = find(reportFolder);
    JsonNode features = JSON.readTree(report.toFile());
    if (features.size() != 1) {
      throw new IllegalStateException(report + ": ventet én egenskap, fant " + features.size());
    }
    List<JsonNode> steps = new ArrayList<>();
    List<Duration> times = new ArrayList<>();
    int scenarios = 0;
    Duration beforeScenario = Duration.ZERO;
    Duration afterScenario = Duration.ZERO;
    for (JsonNode element : features.get(0).path("elements")) {
      if ("scenario".equals(element.path("type").asText())) {
        scenarios++;
        beforeScenario = sum(element.path("before"));
        afterScenario = sum(element.path("after"));
      }
      for (JsonNode step : element.path("steps")) {
        String status = step.path("result").path("status").asText();
        if (!"passed".equals(status)) {
          throw new IllegalStateException(
              report + ": steget «" + step.path("name").asText() + "» " + status);
        }
        steps.add(step);
        times.add(duration(step).plus(sum(step.path("before"))).plus(sum(step.path("after"))));
      }
    }
    if (scenarios != 1 || steps.isEmpty()) {
      throw new IllegalStateException(report + ": ventet ett scenario, fant " + scenarios);
    }
    // Hooks around the whole scenario (none today) belong to its first and last step.
    times.set(0, times.get(0).plus(beforeScenario));
    times.set(times.size() - 1, times.get(times.size() - 1).plus(afterScenario));
    return label(steps, times);
  }

  /** "Forberedelse", "Steg 3 av 12" and "Kontroll", as the robot's progress lines say. */
  private static List<StepTime> label(List<JsonNode> steps, List<Duration> times) {
    List<StepKind> kinds =
        StepKind.of(steps.stream().map(s -> s.path("keyword").asText()).toList());
    int actions = (int) kinds.stream().filter(k -> k == StepKind.ACTION).count();
    List<StepTime> labelled = new ArrayList<>();
    int number = 0;
    for (int i = 0; i < steps.size(); i++) {
      String kind =
          switch (kinds.get(i)) {
            case PREPARATION -> "Forberedelse";
            case CHECK -> "Kontroll";
            case ACTION -> "Steg " + ++number + " av " + actions;
          };
      String text = LetterStyle.imperative(steps.get(i).path("name").asText());
      labelled.add(new StepTime(kind + ": " + text, times.get(i)));
    }
    return labelled;
  }

  private static Duration duration(JsonNode step) {
    return Duration.ofNanos(step.path("result").path("duration").asLong());
  }

  private static Duration sum(JsonNode hooks) {
    Duration total = Duration.ZERO;
    for (JsonNode hook : hooks) {
      total = total.plus(duration(hook));
    }
    return total;
  }

  private static Path find(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> reports =
          files.filter(p -> p.getFileName().toString().equals("cucumber.json")).toList();
      if (reports.size() != 1) {
        throw new IllegalStateException(
            folder + ": ventet én cucumber.json, fant " + reports.size());
      }
      return reports.get(0);
    }
  }
}
