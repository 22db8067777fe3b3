package no.dpifullmakt.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.dpifullmakt.domain.OrganisationNumber;

/**
 * Reads an environment profile: one "felt = verdi" per line, "#" starts a comment. Every problem is
 * reported with the file, the line and the field.
 */
public final class EnvironmentFile {

  static final Set<String> FIELDS =
      Set.of(
          "navn",
          "beskrivelse",
          "generasjon",
          "altinn2.adresse",
          "altinn3.adresse",
          "innlogging",
          "testid.variabel",
          "testid.fødselsnummer",
          "aktør",
          "øvingsportal",
          "produksjon",
          "proxy");

  private final String file;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private record Entry(String value, int line) {}

  private EnvironmentFile(String file) {
    this.file = file;
  }

  public static Environment parse(String file, List<String> lines) {
    EnvironmentFile parsed = new EnvironmentFile(file);
    parsed.read(lines);
    return parsed.toEnvironment();
  }

  private void read(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw ConfigurationException.at(
            file, lineNumber, line, "linjen må ha formen «felt = verdi».");
      }
      String field = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (!FIELDS.contains(field)) {
        throw ConfigurationException.at(
            file, lineNumber, field, "ukjent felt. Kjente felt: " + String.join(", ", FIELDS));
      }
      if (entries.containsKey(field)) {
        throw ConfigurationException.at(file, lineNumber, field, "feltet står to ganger.");
      }
      entries.put(field, new Entry(value, lineNumber));
    }
  }

  private Environment toEnvironment() {
    String name = required("navn");
    Generation generation =
        Generation.fromKey(required("generasjon"))
            .orElseThrow(
                () -> problem("generasjon", "ukjent generasjon; bruk altinn2 eller altinn3."));
    boolean practice = yes("øvingsportal", "innebygd");
    Optional<URI> a2 = address("altinn2.adresse");
    Optional<URI> a3 = address("altinn3.adresse");
    if (!practice && a2.isEmpty() && a3.isEmpty()) {
      throw ConfigurationException.at(
          file, 0, "altinn3.adresse", "miljøet må ha minst én adresse (altinn2 eller altinn3).");
    }
    if (!practice && (generation == Generation.ALTINN2 ? a2 : a3).isEmpty()) {
      throw problem(
          "generasjon",
          "miljøet har ingen adresse for "
              + generation.key()
              + " ("
              + generation.key()
              + ".adresse).");
    }
    LoginMethod login =
        LoginMethod.fromKey(required("innlogging"))
            .orElseThrow(
                () ->
                    problem(
                        "innlogging",
                        "ukjent innloggingsmåte; bruk testid, personlig eller ingen."));
    Optional<String> pidVariable = optional("testid.variabel");
    Optional<String> practicePid = optional("testid.fødselsnummer");
    if (practicePid.isPresent() && !practice) {
      throw problem(
          "testid.fødselsnummer",
          "et fødselsnummer hører aldri hjemme i en fil; bruk testid.variabel og en miljøvariabel.");
    }
    if (login == LoginMethod.TESTID && pidVariable.isEmpty() && practicePid.isEmpty()) {
      throw ConfigurationException.at(
          file,
          line("innlogging"),
          "testid.variabel",
          "innlogging = testid trenger navnet på miljøvariabelen med fødselsnummeret.");
    }
    return new Environment(
        name,
        optional("beskrivelse").orElse(name),
        generation,
        a2,
        a3,
        login,
        pidVariable,
        practicePid,
        optional("aktør").map(this::organisationNumber),
        practice,
        yes("produksjon", "ja"),
        address("proxy"));
  }

  private OrganisationNumber organisationNumber(String value) {
    String problem = OrganisationNumber.problemWith(value.replace(" ", ""));
    if (problem != null) {
      throw problem("aktør", problem);
    }
    return OrganisationNumber.parse(value);
  }

  private Optional<URI> address(String field) {
    return optional(field)
        .map(
            value -> {
              try {
                URI uri = new URI(value);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
                    || uri.getHost() == null) {
                  throw problem(field, "«" + value + "» er ikke en gyldig http(s)-adresse.");
                }
                return uri;
              } catch (URISyntaxException e) {
                throw problem(field, "«" + value + "» er ikke en gyldig adresse.");
              }
            });
  }

  private boolean yes(String field, String yesValue) {
    return optional(field).map(v -> v.equalsIgnoreCase(yesValue)).orElse(false);
  }

  private String required(String field) {
    return optional(field)
        .orElseThrow(() -> ConfigurationException.at(file, 0, field, "feltet mangler."));
  }

  private Optional<String> optional(String field) {
    Entry entry = entries.get(field);
    return entry == null || entry.value().isEmpty() ? Optional.empty() : Optional.of(entry.value());
  }

  private int line(String field) {
    Entry entry = entries.get(field);
    return entry == null ? 0 : entry.line();
  }

  private ConfigurationException problem(String field, String message) {
    return ConfigurationException.at(file, line(field), field, message);
  }
}
