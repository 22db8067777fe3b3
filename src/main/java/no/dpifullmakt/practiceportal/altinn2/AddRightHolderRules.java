package no.dpifullmakt.practiceportal.altinn2;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * How "Legge til ny person eller virksomhet" identifies whom to add, with Altinn 2's error texts.
 * Errors are keyed by the form field they belong under.
 */
final class AddRightHolderRules {

  static final String INVALID_ORGNR = "Organisasjonsnummeret er ikke gyldig";
  static final String NAME_TOO_SHORT = "Skriv minst de 4 første tegnene i navnet";
  static final String UNKNOWN_ORGANISATION =
      "Virksomheten du har identifisert, er ikke gyldig, har feil format eller eksisterer ikke";
  static final String OWN_ORGANISATION = "Du kan ikke legge til virksomheten du representerer";
  static final String UNKNOWN_USER =
      "Brukeren du har identifisert, er ikke gyldig, har feil format eller eksisterer ikke";

  static final String FIELD_ORGNR = "orgnr";
  static final String FIELD_NAME = "navn";
  static final String FIELD_PID = "fnr";
  static final String FIELD_USERNAME = "brukernavn";

  private static final int MIN_NAME_CHARS = 4;

  private final Directory directory;
  private final Parties parties;

  AddRightHolderRules(Directory directory, Parties parties) {
    this.directory = directory;
    this.parties = parties;
  }

  /** The result: either the party found, or the errors per field. */
  record Outcome(Party party, Map<String, String> errors) {
    static Outcome found(Party party) {
      return new Outcome(party, Map.of());
    }

    static Outcome rejected(Map<String, String> errors) {
      return new Outcome(null, Map.copyOf(errors));
    }

    boolean isFound() {
      return party != null;
    }
  }

  Outcome organisation(String typedOrgnr, String typedName, Organisation actor) {
    String orgnr = withoutSpaces(typedOrgnr);
    String name = typedName == null ? "" : typedName.trim();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!OrganisationNumbers.isValid(orgnr)) {
      errors.put(FIELD_ORGNR, INVALID_ORGNR);
    }
    if (name.length() < MIN_NAME_CHARS) {
      errors.put(FIELD_NAME, NAME_TOO_SHORT);
    }
    if (!errors.isEmpty()) {
      return Outcome.rejected(errors);
    }
    if (orgnr.equals(actor.orgnr())) {
      return Outcome.rejected(Map.of(FIELD_ORGNR, OWN_ORGANISATION));
    }
    Optional<Organisation> found =
        directory.organisation(orgnr).filter(o -> startsWithIgnoringCase(o.name(), name));
    return found
        .map(o -> Outcome.found(parties.organisation(o.orgnr())))
        .orElseGet(() -> Outcome.rejected(Map.of(FIELD_ORGNR, UNKNOWN_ORGANISATION)));
  }

  Outcome person(String typedPid, String typedLastName) {
    String pid = withoutSpaces(typedPid);
    String lastName = typedLastName == null ? "" : typedLastName.trim();
    Optional<Person> found =
        directory.person(pid).filter(p -> p.lastName().equalsIgnoreCase(lastName));
    return found
        .map(p -> Outcome.found(parties.person(p.pid())))
        .orElseGet(() -> Outcome.rejected(Map.of(FIELD_PID, UNKNOWN_USER)));
  }

  /** The practice portal has no enterprise users, so every username is unknown. */
  Outcome enterpriseUser(String username) {
    return Outcome.rejected(Map.of(FIELD_USERNAME, UNKNOWN_USER));
  }

  private static String withoutSpaces(String typed) {
    return typed == null ? "" : typed.replaceAll("\\s", "");
  }

  private static boolean startsWithIgnoringCase(String name, String prefix) {
    Locale bokmal = Locale.forLanguageTag("nb-NO");
    String normalised = name.replaceAll("\\s+", " ").toLowerCase(bokmal);
    return normalised.startsWith(prefix.replaceAll("\\s+", " ").toLowerCase(bokmal));
  }
}
