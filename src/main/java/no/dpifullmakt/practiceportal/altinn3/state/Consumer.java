package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.List;

/**
 * An organisation that has made the acting organisation its supplier ("konsument" seen from the
 * supplier).
 */
public record Consumer(String orgnr, List<String> apiIdentifiers) {

  public Consumer {
    apiIdentifiers = List.copyOf(apiIdentifiers);
  }
}
