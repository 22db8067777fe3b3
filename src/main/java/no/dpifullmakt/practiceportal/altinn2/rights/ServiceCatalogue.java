package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The services of the practice portal's Altinn 2, read once from {@code tjenester.json}. */
public final class ServiceCatalogue {

  private final Map<String, AltinnService> byCode;

  private ServiceCatalogue(List<AltinnService> services) {
    Map<String, AltinnService> map = new LinkedHashMap<>();
    services.forEach(s -> map.put(s.code(), s));
    this.byCode = Map.copyOf(map);
    if (byCode.size() != services.size()) {
      throw new IllegalStateException("Tjenestekodene i katalogen er ikke unike");
    }
  }

  public static ServiceCatalogue seeded() {
    record Seed(List<AltinnService> services) {}
    return new ServiceCatalogue(Resources.read("tjenester.json", Seed.class).services());
  }

  public Optional<AltinnService> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public AltinnService require(String code) {
    return byCode(code)
        .orElseThrow(() -> new IllegalArgumentException("Ukjent tjenestekode: " + code));
  }

  public List<AltinnService> all() {
    return all(UnaryOperator.identity());
  }

  /** Every service as the screens show it, in the order of the titles shown. */
  public List<AltinnService> all(UnaryOperator<AltinnService> shownAs) {
    return byCode.values().stream().map(shownAs).sorted(ByName.SERVICES).toList();
  }

  /**
   * The query is split into words; a service matches when every word occurs (ignoring case) in its
   * name, owner or keywords. An empty query finds nothing.
   */
  public List<AltinnService> search(String query) {
    return search(query, UnaryOperator.identity());
  }

  /** The same, matching and returning the services as the screens show them. */
  public List<AltinnService> search(String query, UnaryOperator<AltinnService> shownAs) {
    List<String> words =
        Arrays.stream((query == null ? "" : query).toLowerCase(Locale.ROOT).split("\\s+"))
            .filter(w -> !w.isEmpty())
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    return all(shownAs).stream().filter(s -> s.matchesAll(words)).toList();
  }
}
