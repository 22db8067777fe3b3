package no.dpifullmakt.practiceportal.altinn3.api;

import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.altinn3.OrganisationNumbers;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * An organisation as the single-page app shows it.
 *
 * @param name in title case, as Altinn 3 shows names
 * @param groupedOrgnr "991 825 827"
 */
public record OrganisationView(String orgnr, String name, String groupedOrgnr) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.orgnr(),
        DisplayNames.titleCase(organisation.name()),
        OrganisationNumbers.grouped(organisation.orgnr()));
  }
}
