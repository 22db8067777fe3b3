package no.dpifullmakt.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.dpifullmakt.report.LetterStyle;
import no.dpifullmakt.report.StepKind;

/**
 * The robot's own timing of each step, read from the message report that every run writes
 * (cucumber.ndjson in the run's report folder). A step lasts from the moment it begins, with the
 * step hooks before it, until the next one begins: so it includes the hooks after it (where the
 * robot keeps its screenshot and fingerprint) and the report plugins' work in between, and the
 * steps add up to the whole scenario.
 */
final class RobotReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The robot's log line for each step with a picture (StepWitness). */
  private static final Pattern HELD_UP =
      Pattern.compile("Skjermbildet holdt steget opp i (\\d+) ms");

  /**
   * One step: the label the progress lines use, when it began (nanoseconds since the epoch, as the
   * report has it) and what it took.
   */
  record StepTime(String label, long beganEpochNanos, Duration took) {}

  private RobotReport() {}

  /** The steps of the one scenario in the run's report under {@code reportFolder}. */
  static List<StepTime> steps(Path reportFolder) throws IOException {
    Path report = find(reportFolder);
    Map<String, String> hookTypes = new HashMap<>();
    Map<String, String> keywords = new HashMap<>();
    Map<String, JsonNode> pickleSteps = new HashMap<>();
    Map<String, Long> stepStarts = new HashMap<>();
    List<JsonNode> testCases = new ArrayList<>();
    long caseStarted = -1;
    long caseFinished = -1;
    for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
      JsonNode message = JSON.readTree(line);
      if (message.has("hook")) {
        hookTypes.put(
            message.get("hook").path("id").asText(), message.get("hook").path("type").asText());
      } else if (message.has("gherkinDocument")) {
        message
            .get("gherkinDocument")
            .path("feature")
            .path("children")
            .forEach(
                child ->
                    child.forEach(
                        part ->
                            part.path("steps")
                                .forEach(
                                    s ->
                                        keywords.put(
                                            s.path("id").asText(), s.path("keyword").asText()))));
      } else if (message.has("pickle")) {
        message.get("pickle").path("steps").forEach(s -> pickleSteps.put(s.path("id").asText(), s));
      } else if (message.has("testCase")) {
        testCases.add(message.get("testCase"));
      } else if (message.has("testCaseStarted")) {
        caseStarted = nanos(message.get("testCaseStarted").path("timestamp"));
      } else if (message.has("testStepStarted")) {
        JsonNode started = message.get("testStepStarted");
        stepStarts.put(started.path("testStepId").asText(), nanos(started.path("timestamp")));
      } else if (message.has("testStepFinished")) {
        String status =
            message.get("testStepFinished").path("testStepResult").path("status").asText();
        if (!"PASSED".equals(status)) {
          throw new IllegalStateException(report + ": et steg endte med " + status);
        }
      } else if (message.has("testCaseFinished")) {
        caseFinished = nanos(message.get("testCaseFinished").path("timestamp"));
      }
    }
    if (testCases.size() != 1 || caseStarted < 0 || caseFinished < 0) {
      throw new IllegalStateException(report + ": ventet ett fullført scenario");
    }

    // Each step with the hooks around it; it begins where its first part began.
    List<JsonNode> steps = new ArrayList<>();
    List<Long> begins = new ArrayList<>();
    long pendingBegin = Long.MAX_VALUE;
    for (JsonNode testStep : testCases.get(0).path("testSteps")) {
      long began = stepStarts.getOrDefault(testStep.path("id").asText(), Long.MAX_VALUE);
      if (testStep.has("pickleStepId")) {
        steps.add(pickleSteps.get(testStep.path("pickleStepId").asText()));
        begins.add(Math.min(pendingBegin, began));
        pendingBegin = Long.MAX_VALUE;
      } else if (hookTypes.get(testStep.path("hookId").asText()).startsWith("BEFORE")) {
        pendingBegin = Math.min(pendingBegin, began);
      }
    }
    // The first step also has whatever came before it in the scenario.
    begins.set(0, caseStarted);
    List<Duration> times = new ArrayList<>();
    for (int i = 0; i < begins.size(); i++) {
      long end = i + 1 < begins.size() ? begins.get(i + 1) : caseFinished;
      times.add(Duration.ofNanos(end - begins.get(i)));
    }
    List<String> stepKeywords =
        steps.stream().map(s -> keywords.get(s.path("astNodeIds").path(0).asText())).toList();
    List<String> texts = steps.stream().map(s -> s.path("text").asText()).toList();
    return label(stepKeywords, texts, begins, times);
  }

  /** "Forberedelse", "Steg 3 av 12" and "Kontroll", as the robot's progress lines say. */
  private static List<StepTime> label(
      List<String> keywords, List<String> texts, List<Long> begins, List<Duration> times) {
    List<StepKind> kinds = StepKind.of(keywords);
    int actions = (int) kinds.stream().filter(k -> k == StepKind.ACTION).count();
    List<StepTime> labelled = new ArrayList<>();
    int number = 0;
    for (int i = 0; i < texts.size(); i++) {
      String kind =
          switch (kinds.get(i)) {
            case PREPARATION -> "Forberedelse";
            case CHECK -> "Kontroll";
            case ACTION -> "Steg " + ++number + " av " + actions;
          };
      labelled.add(
          new StepTime(
              kind + ": " + LetterStyle.imperative(texts.get(i)), begins.get(i), times.get(i)));
    }
    return labelled;
  }

  private static long nanos(JsonNode timestamp) {
    return timestamp.path("seconds").asLong() * 1_000_000_000L + timestamp.path("nanos").asLong();
  }

  /**
   * How long the steps waited for their screenshots in the run, as the robot measured it on its own
   * path and wrote in its log (robot.log): taking each picture, and any wait for its outline.
   */
  static Duration heldUpByPictures(Path reportFolder) throws IOException {
    Path log = find(reportFolder, "robot.log");
    long millis = 0;
    int pictures = 0;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher held = HELD_UP.matcher(line);
      if (held.find()) {
        millis += Long.parseLong(held.group(1));
        pictures++;
      }
    }
    if (pictures == 0) {
      // A run with screenshots takes pictures: no line means the log says it another way now.
      throw new IllegalStateException(log + ": ingen linje om hva skjermbildene holdt stegene opp");
    }
    return Duration.ofMillis(millis);
  }

  private static Path find(Path folder) throws IOException {
    return find(folder, "cucumber.ndjson");
  }

  private static Path find(Path folder, String name) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> reports = files.filter(p -> p.getFileName().toString().equals(name)).toList();
      if (reports.size() != 1) {
        throw new IllegalStateException(
            folder + ": ventet én " + name + ", fant " + reports.size());
      }
      return reports.get(0);
    }
  }
}
