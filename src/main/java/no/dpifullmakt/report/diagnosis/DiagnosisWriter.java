package no.dpifullmakt.report.diagnosis;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.fingerprint.Baselines;
import no.dpifullmakt.report.fingerprint.FingerprintText;
import no.dpifullmakt.report.fingerprint.KnownElements;
import no.dpifullmakt.report.run.RecordedScenario;
import no.dpifullmakt.report.run.RecordedStep;
import no.dpifullmakt.report.run.RunRecorder;
import no.dpifullmakt.web.ScreenChangedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Cucumber plugin that diagnoses a step that failed because Altinn's screen changed: it prints
 * the diagnosis and writes {@code diagnose.txt}, {@code diagnose-skjermbilde.png}, {@code
 * diagnose-side.html} and {@code diagnose-tilgjengelighet.txt} into the run's folder. Use it as
 * {@code no.dpifullmakt.report.diagnosis.DiagnosisWriter:<mappe>}.
 */
public final class DiagnosisWriter implements ConcurrentEventListener {

  private static final Logger LOG = LoggerFactory.getLogger("no.dpifullmakt.diagnose");

  private final Path folder;
  private final AtomicInteger written = new AtomicInteger();
  private final RunRecorder recorder = new RunRecorder(this::scenarioFinished, all -> {});

  public DiagnosisWriter(String folder) {
    this.folder = Path.of(folder);
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    recorder.listen(publisher);
  }

  private void scenarioFinished(RecordedScenario scenario) {
    for (RecordedStep step : scenario.steps()) {
      if (step.status() != Status.FAILED) {
        continue;
      }
      screenChanged(step.error().orElse(null))
          .ifPresent(failure -> write(diagnosis(scenario, step, failure), step));
      return;
    }
  }

  private static Diagnosis diagnosis(
      RecordedScenario scenario, RecordedStep step, ScreenChangedException failure) {
    String generation = scenario.generation().orElse("altinn3");
    return new Diagnosis(
        scenario.feature(),
        scenario.name(),
        step.label() + ": " + step.letterText(),
        failure,
        known(generation, failure.url()),
        textsFile(generation, scenario.screenLanguage()));
  }

  /**
   * Where the texts the robot looked for are written: for Altinn 3, the catalogue of the language
   * the screens were in (bokmål until the robot has read it); Altinn 2 has bokmål only.
   */
  static String textsFile(String generation, Optional<ScreenLanguage> language) {
    if (generation.equals("altinn3")) {
      return Altinn3Texts.of(language.orElse(ScreenLanguage.BOKMAL)).file();
    }
    return "src/main/java/no/dpifullmakt/"
        + generation
        + "/"
        + capitalised(generation)
        + "Texts.java";
  }

  /** What the generation's baseline saw on the failed page, if there is a baseline. */
  private static KnownElements known(String generation, String url) {
    try {
      String page = FingerprintText.page(url.replaceAll("[?#].*$", ""));
      return Baselines.forGeneration(generation)
          .map(baseline -> KnownElements.onPage(baseline.fingerprint(), page))
          .orElse(KnownElements.unknown());
    } catch (IOException | RuntimeException e) {
      LOG.debug("Kunne ikke lese grunnlinjen for {}: {}", generation, e.getMessage());
      return KnownElements.unknown();
    }
  }

  private synchronized void write(Diagnosis diagnosis, RecordedStep step) {
    String suffix = written.incrementAndGet() == 1 ? "" : "-" + written.get();
    String text = diagnosis.text();
    text.lines().forEach(line -> LOG.info("{}", line));
    try {
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve("diagnose.txt"),
          (suffix.isEmpty() ? "" : "\n") + text,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Files.writeString(
          folder.resolve("diagnose-tilgjengelighet" + suffix + ".txt"),
          diagnosis.accessibilityDump());
      step.attachment(Evidence.FAILURE_SCREENSHOT)
          .ifPresent(png -> writeBytes("diagnose-skjermbilde" + suffix + ".png", png.data()));
      step.attachment(Evidence.FAILURE_PAGE)
          .ifPresent(
              html ->
                  writeBytes(
                      "diagnose-side" + suffix + ".html",
                      MaskedPageSource.of(html.text())
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeBytes(String name, byte[] data) {
    try {
      Files.write(folder.resolve(name), data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The changed screen behind a failure, if that is what it was. */
  static Optional<ScreenChangedException> screenChanged(Throwable thrown) {
    Throwable current = thrown;
    while (current != null) {
      if (current instanceof ScreenChangedException changed) {
        return Optional.of(changed);
      }
      current = current.getCause();
    }
    return Optional.empty();
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
