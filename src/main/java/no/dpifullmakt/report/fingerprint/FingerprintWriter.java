package no.dpifullmakt.report.fingerprint;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.run.Attachment;
import no.dpifullmakt.report.run.RecordedScenario;
import no.dpifullmakt.report.run.RecordedStep;
import no.dpifullmakt.report.run.RunRecorder;
import no.dpifullmakt.web.ScreenChangedException;

/**
 * A Cucumber plugin that writes the run's UI fingerprint, {@code fingeravtrykk.json}, into the
 * run's folder: per feature step and page, what a person could act on and what the robot relied on.
 * Written for every run, also a failed one. Use it as {@code
 * no.dpifullmakt.report.fingerprint.FingerprintWriter:<mappe>}.
 */
public final class FingerprintWriter implements ConcurrentEventListener {

  public static final String FILE = "fingeravtrykk.json";

  private final Path folder;
  private final RunRecorder recorder = new RunRecorder(s -> {}, this::runFinished);

  public FingerprintWriter(String folder) {
    this.folder = Path.of(folder);
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    recorder.listen(publisher);
  }

  private void runFinished(List<RecordedScenario> scenarios) {
    if (scenarios.isEmpty()) {
      return;
    }
    Fingerprint fingerprint = of(scenarios, source());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FingerprintJson.write(fingerprint, folder.resolve(FILE));
  }

  /** The fingerprint of these scenarios, from the pages their steps attached. */
  static Fingerprint of(List<RecordedScenario> scenarios, String source) {
    FingerprintBuilder builder = new FingerprintBuilder();
    for (RecordedScenario scenario : scenarios) {
      Map<RecordedStep, StepRecord> records = new LinkedHashMap<>();
      Map<String, String> data = new LinkedHashMap<>();
      for (RecordedStep step : scenario.steps()) {
        if (step.status() == Status.FAILED && !screenChanged(step.error().orElse(null))) {
          // A portal that does not answer, or a check that fails, says nothing about the screens.
          continue;
        }
        for (Attachment attachment : step.attachments()) {
          if (Evidence.FINGERPRINT_TYPE.equals(attachment.mediaType())) {
            StepRecord record = FingerprintJson.step(attachment.data());
            records.put(step, record);
            data.putAll(record.data());
          }
        }
      }
      // A supplier's name learnt in a later step is data in the earlier steps too.
      records.forEach(
          (step, record) ->
              builder.add(
                  scenario.feature(),
                  step.genericText(),
                  PageRecorder.generalised(record.pages(), text -> replaceAll(text, data))));
    }
    boolean complete = scenarios.stream().allMatch(s -> s.status() == Status.PASSED);
    String generation = scenarios.get(0).generation().orElse("ukjent");
    String language =
        scenarios.stream()
            .map(RecordedScenario::screenLanguage)
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .map(ScreenLanguage::code)
            .orElse(null);
    return builder.build(generation, source, complete, language);
  }

  private static boolean screenChanged(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ScreenChangedException) {
        return true;
      }
    }
    return false;
  }

  private static String replaceAll(String text, Map<String, String> data) {
    String out = text;
    for (Map.Entry<String, String> value : data.entrySet()) {
      out = out.replace(value.getKey(), value.getValue());
    }
    return out;
  }

  private static String source() {
    return RobotRuntime.configured()
        ? RobotRuntime.settings().environment().description()
        : "ukjent miljø";
  }
}
