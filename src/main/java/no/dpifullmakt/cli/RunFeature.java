package no.dpifullmakt.cli;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.dpifullmakt.domain.Supplier;

/**
 * Writes the feature for one run: the feature file's header and background, and the one scenario
 * outline tagged for the command, with its examples replaced by the suppliers the person asked for.
 * The feature files stay the only source of the steps' words; the written file is kept with the
 * reports as a record of exactly what ran.
 */
final class RunFeature {

  private RunFeature() {}

  static Path write(String classpathFeature, String tag, List<Supplier> suppliers, Path target) {
    List<String> lines = read(classpathFeature);
    Feature feature = parse(classpathFeature, lines);
    Scenario outline = outlineTagged(feature, tag, classpathFeature);

    List<String> out = new ArrayList<>(lines.subList(0, firstScenarioLine(feature) - 1));
    int outlineStart = firstLine(outline.getTags(), outline.getLocation().getLine());
    Examples firstExamples = outline.getExamples().get(0);
    int outlineEnd = firstLine(firstExamples.getTags(), firstExamples.getLocation().getLine()) - 1;
    out.addAll(lines.subList(outlineStart - 1, outlineEnd));
    out.add("    Eksempler:");
    List<String> columns =
        firstExamples.getTableHeader().orElseThrow().getCells().stream()
            .map(TableCell::getValue)
            .toList();
    out.add(row(columns));
    for (Supplier supplier : suppliers) {
      out.add(row(columns.stream().map(column -> cell(column, supplier)).toList()));
    }
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private static String cell(String column, Supplier supplier) {
    return escaped(
        switch (column) {
          case "orgnr" -> supplier.orgnr().digits();
          case "navn" -> supplier.name().text();
          case "leverandør" -> supplier.toString();
          default -> throw new IllegalStateException("Ukjent kolonne i eksemplene: " + column);
        });
  }

  /**
   * A value as a Gherkin table cell that no data can break: line breaks and other control
   * characters become spaces, a backslash and «|» are escaped, and a quote is escaped for the
   * steps' quoted parameters. Names are checked before this; this is the second line of defence.
   */
  static String escaped(String value) {
    StringBuilder cell = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.LINE_SEPARATOR
                  || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                cell.append(' ');
              } else if (c == '\\' || c == '|' || c == '"') {
                cell.append('\\').appendCodePoint(c);
              } else {
                cell.appendCodePoint(c);
              }
            });
    return cell.toString().strip();
  }

  private static String row(List<String> cells) {
    return "      | " + String.join(" | ", cells) + " |";
  }

  private static Scenario outlineTagged(Feature feature, String tag, String file) {
    return scenarios(feature)
        .filter(s -> s.getTags().stream().anyMatch(t -> t.getName().equals(tag)))
        .filter(s -> !s.getExamples().isEmpty())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(file + " har ingen scenariomal merket " + tag));
  }

  private static Stream<Scenario> scenarios(Feature feature) {
    return feature.getChildren().stream()
        .flatMap(
            child ->
                Stream.concat(
                    child.getScenario().stream(),
                    child.getRule().stream()
                        .flatMap(rule -> rule.getChildren().stream())
                        .flatMap(ruleChild -> ruleChild.getScenario().stream())));
  }

  private static int firstScenarioLine(Feature feature) {
    return feature.getChildren().stream()
        .filter(child -> child.getBackground().isEmpty())
        .mapToInt(RunFeature::firstLine)
        .min()
        .orElseThrow();
  }

  private static int firstLine(FeatureChild child) {
    if (child.getScenario().isPresent()) {
      Scenario s = child.getScenario().get();
      return firstLine(s.getTags(), s.getLocation().getLine());
    }
    var rule = child.getRule().orElseThrow();
    return firstLine(rule.getTags(), rule.getLocation().getLine());
  }

  private static int firstLine(List<Tag> tags, long keywordLine) {
    return (int) tags.stream().mapToLong(t -> t.getLocation().getLine()).min().orElse(keywordLine);
  }

  private static Feature parse(String name, List<String> lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return GherkinParser.builder()
        .includeSource(false)
        .includePickles(false)
        .build()
        .parse(name, bytes)
        .map(Envelope::getGherkinDocument)
        .flatMap(java.util.Optional::stream)
        .map(GherkinDocument::getFeature)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Kunne ikke lese " + name));
  }

  private static List<String> read(String classpathFeature) {
    try (InputStream in = RunFeature.class.getResourceAsStream("/" + classpathFeature)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + classpathFeature);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
