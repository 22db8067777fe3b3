package no.dpifullmakt.report.guide;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.report.run.RecordedScenario;
import no.dpifullmakt.report.run.RunRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Cucumber plugin that writes the illustrated guide, {@code veiledning.html} (self-contained) and
 * {@code veiledning.md} with its JPEG files, into the run's folder: only when every scenario
 * passed, so a guide always shows a procedure that worked. Use it as {@code
 * no.dpifullmakt.report.guide.GuideWriter:<mappe>}.
 */
public final class GuideWriter implements ConcurrentEventListener {

  private static final Logger LOG = LoggerFactory.getLogger("no.dpifullmakt.veiledning");

  private final Path folder;
  private final RunRecorder recorder = new RunRecorder(s -> {}, this::runFinished);

  public GuideWriter(String folder) {
    this.folder = Path.of(folder);
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    recorder.listen(publisher);
  }

  private void runFinished(List<RecordedScenario> scenarios) {
    if (scenarios.isEmpty() || scenarios.stream().anyMatch(s -> s.status() != Status.PASSED)) {
      return;
    }
    boolean practice = false;
    String environment = "ukjent miljø";
    if (RobotRuntime.configured()) {
      RunSettings settings = RobotRuntime.settings();
      practice = settings.environment().practicePortal();
      environment = settings.environment().description();
    }
    Guide guide = GuideBuilder.build(scenarios, environment, practice, LocalDate.now());
    write(guide, folder);
    LOG.info("Veiledningen med skjermbilder ligger i {}", folder.resolve("veiledning.html"));
  }

  /** Writes the guide's three parts: HTML, Markdown and the pictures. */
  static void write(Guide guide, Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("veiledning.html"), GuideHtml.render(guide));
      Files.writeString(folder.resolve("veiledning.md"), GuideMarkdown.render(guide));
      for (Guide.Section section : guide.sections()) {
        for (Guide.Step step : section.steps()) {
          if (step.hasPicture()) {
            Files.write(folder.resolve(step.pictureFile()), step.picture());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
