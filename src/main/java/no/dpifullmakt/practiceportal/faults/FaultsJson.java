package no.dpifullmakt.practiceportal.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@link Faults} from the JSON body of {@code POST /ovelse/test/feil}. Fields left out are
 * off; an unknown field or a wrong value is refused with a sentence in bokmål, so a typo never
 * passes silently.
 */
final class FaultsJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of(
          "forsinkelseMs",
          "forsinkelseMaksMs",
          "lesefeilAndel",
          "sentSpinnerMs",
          "rerenderHverMs",
          "sesjonUtløperEtterForespørsler",
          "sesjonUtløperAntallGanger",
          "mistSvarPåNesteEndring",
          "frø",
          "sidefeilAntall",
          "sidefeilStier",
          "lesefeilStier");

  private FaultsJson() {}

  /**
   * @throws IllegalArgumentException with a bokmål message when the body is not valid
   */
  static Faults parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Kroppen er ikke gyldig JSON.");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Kroppen må være et JSON-objekt.");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            "Ukjent felt: "
                + name
                + ". Kjente felt: "
                + String.join(", ", FIELDS.stream().sorted().toList())
                + ".");
      }
    }
    return new Faults(
        whole(root, "forsinkelseMs"),
        whole(root, "forsinkelseMaksMs"),
        share(root, "lesefeilAndel"),
        whole(root, "sentSpinnerMs"),
        whole(root, "rerenderHverMs"),
        Math.toIntExact(whole(root, "sesjonUtløperEtterForespørsler")),
        lostAnswers(root),
        seed(root),
        Math.toIntExact(whole(root, "sesjonUtløperAntallGanger")),
        Math.toIntExact(whole(root, "sidefeilAntall")),
        paths(root, "sidefeilStier"),
        paths(root, "lesefeilStier"));
  }

  private static List<String> paths(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(path -> paths.add(path.isTextual() ? path.asText() : null));
    }
    if (!value.isArray() || paths.contains(null)) {
      throw new IllegalArgumentException(
          field + " må være en liste med stier, for eksempel [\"/idporten\"].");
    }
    return paths;
  }

  private static long whole(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(field + " må være et helt tall.");
    }
    return value.asLong();
  }

  private static double share(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return 0.0;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + " må være et tall mellom 0.0 og 1.0.");
    }
    return value.asDouble();
  }

  private static long seed(JsonNode root) {
    JsonNode value = root.get("frø");
    if (value == null || value.isNull()) {
      return Faults.DEFAULT_SEED;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("frø må være et helt tall.");
    }
    return value.asLong();
  }

  /** {@code true} means the next one, a number means that many. */
  private static int lostAnswers(JsonNode root) {
    JsonNode value = root.get("mistSvarPåNesteEndring");
    if (value != null && value.isBoolean()) {
      return value.asBoolean() ? 1 : 0;
    }
    return Math.toIntExact(whole(root, "mistSvarPåNesteEndring"));
  }
}
