package no.dpifullmakt.practiceportal.start;

import java.util.List;
import java.util.Locale;
import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.directory.Authority;
import no.dpifullmakt.practiceportal.directory.Organisation;

/** What one test person may do for one organisation, in words a person understands. */
public record Engagement(Organisation organisation, List<Authority> authorities) {

  public Engagement {
    authorities = List.copyOf(authorities);
  }

  /** "Fjordvik kommune", as Altinn 3 writes it. */
  public String organisationName() {
    return DisplayNames.titleCase(organisation.name());
  }

  public String orgnr() {
    return organisation.orgnr();
  }

  /** "daglig leder og Maskinporten-administrator". */
  public String roles() {
    List<String> words = authorities.stream().map(Engagement::word).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " og "
        + words.get(words.size() - 1);
  }

  /** "Daglig leder og Maskinporten-administrator". */
  public String rolesCapitalised() {
    String roles = roles();
    return roles.isEmpty()
        ? roles
        : roles.substring(0, 1).toUpperCase(Locale.ROOT) + roles.substring(1);
  }

  /** An employee who may neither delegate nor administer Maskinporten. */
  public boolean employeeOnly() {
    return authorities.equals(List.of(Authority.ANSATT));
  }

  private static String word(Authority authority) {
    return switch (authority) {
      case DAGLIG_LEDER -> "daglig leder";
      case TILGANGSSTYRER -> "tilgangsstyrer";
      case MASKINPORTEN_ADMINISTRATOR -> "Maskinporten-administrator";
      case ANSATT -> "ansatt";
    };
  }
}
