package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.List;

/**
 * A snapshot of one supplier ("leverandør") of an acting organisation.
 *
 * @param apiIdentifiers the delegated APIs, in the order they were given
 */
public record Supplier(String orgnr, List<String> apiIdentifiers) {

  public Supplier {
    apiIdentifiers = List.copyOf(apiIdentifiers);
  }
}
