package no.dpifullmakt.practiceportal.altinn3.api;

import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.altinn3.OrganisationNumbers;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * An organisation as the single-page app gets it.
 *
 * @param name formatted as Altinn 3 shows names ({@link DisplayNames})
 * @param registerName as the register has it, usually in capitals: the app formats it itself, and
 *     shows it unformatted in the lookup result of "Legg til leverandør"
 * @param groupedOrgnr "991 825 827"
 */
public record OrganisationView(
    String orgnr, String name, String registerName, String groupedOrgnr) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.orgnr(),
        DisplayNames.titleCase(organisation.name()),
        organisation.name(),
        OrganisationNumbers.grouped(organisation.orgnr()));
  }
}
