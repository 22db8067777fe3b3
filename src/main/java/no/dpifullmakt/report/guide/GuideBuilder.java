package no.dpifullmakt.report.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.dpifullmakt.report.LetterStyle;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.report.StepKind;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.report.fingerprint.FingerprintJson;
import no.dpifullmakt.report.run.Attachment;
import no.dpifullmakt.report.run.RecordedScenario;
import no.dpifullmakt.report.run.RecordedStep;

/**
 * Makes the guide from the scenarios as they ran: the words come from the executed feature steps,
 * the pictures from the steps' screenshots. Every text passes the secret mask.
 */
final class GuideBuilder {

  private GuideBuilder() {}

  static Guide build(
      List<RecordedScenario> scenarios,
      String environment,
      boolean practicePortal,
      LocalDate date) {
    List<Guide.Section> sections = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      String filePrefix = scenarios.size() == 1 ? "veiledning" : "veiledning-" + (i + 1);
      sections.add(section(scenarios.get(i), filePrefix));
    }
    RecordedScenario first = scenarios.get(0);
    return new Guide(
        mask(first.feature()),
        environment,
        practicePortal,
        first.generation().map(GuideBuilder::generationName).orElse("ukjent"),
        scenarios.stream()
            .map(RecordedScenario::screenLanguage)
            .flatMap(java.util.Optional::stream)
            .findFirst(),
        date,
        sections);
  }

  private static Guide.Section section(RecordedScenario scenario, String filePrefix) {
    List<String> preparations = new ArrayList<>();
    List<Guide.Step> steps = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    String supplier = "";
    for (RecordedStep step : scenario.steps()) {
      if (supplier.isEmpty() && step.kind() != StepKind.PREPARATION) {
        supplier = step.argument("orgnr").map(GuideBuilder::grouped).orElse("");
      }
      switch (step.kind()) {
        case PREPARATION -> preparations.add(mask(preparation(step.text())));
        case CHECK -> checks.add(mask(LetterStyle.sentence(step.text())));
        case ACTION -> steps.add(step(step, filePrefix));
      }
    }
    return new Guide.Section(
        mask(scenario.name()), mask(supplierName(scenario)), supplier, preparations, steps, checks);
  }

  /** The supplier's name as Altinn showed it: the robot noted it as data for the fingerprint. */
  private static String supplierName(RecordedScenario scenario) {
    String name = "";
    for (RecordedStep step : scenario.steps()) {
      for (Attachment attachment : step.attachments()) {
        if (Evidence.FINGERPRINT_TYPE.equals(attachment.mediaType())) {
          for (Map.Entry<String, String> data :
              FingerprintJson.step(attachment.data()).data().entrySet()) {
            if (data.getValue().equals(StepWitness.SUPPLIER)) {
              name = data.getKey();
            }
          }
        }
      }
    }
    return name;
  }

  private static Guide.Step step(RecordedStep step, String filePrefix) {
    Attachment picture =
        step.attachments().stream()
            .filter(a -> Evidence.JPEG.equals(a.mediaType()))
            .filter(a -> a.name() != null && a.name().startsWith(Evidence.SCREENSHOT_PREFIX))
            .reduce((a, b) -> b)
            .orElse(null);
    String file =
        picture == null
            ? null
            : String.format(Locale.ROOT, "%s-steg-%02d.jpg", filePrefix, step.number());
    String caption =
        picture == null
            ? null
            : mask(picture.name().substring(Evidence.SCREENSHOT_PREFIX.length()));
    return new Guide.Step(
        step.number(),
        mask(LetterStyle.sentence(step.text())),
        picture == null ? null : picture.data(),
        file,
        caption,
        step.notes().stream().map(GuideBuilder::mask).toList());
  }

  /** «at daglig leder har logget inn …» → «Daglig leder har logget inn ….» */
  private static String preparation(String text) {
    String without = text.startsWith("at ") ? text.substring(3) : text;
    return LetterStyle.sentence(without);
  }

  private static String generationName(String key) {
    return key.replace("altinn", "Altinn ");
  }

  private static String grouped(String digits) {
    String d = digits.replace(" ", "");
    return d.length() == 9 ? d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6) : d;
  }

  private static String mask(String text) {
    return SecretMask.apply(text);
  }
}
