package no.dpifullmakt.practiceportal.directory;

/** What a person may do for an organisation, in the terms both Altinn generations use. */
public enum Authority {
  /** Registered as daglig leder in the Central Coordinating Register: may delegate everything. */
  DAGLIG_LEDER,
  /** Altinn 2 role "Tilgangsstyring": may delegate rights on the organisation's behalf. */
  TILGANGSSTYRER,
  /** Altinn 3 access package "Maskinporten administrator" (with a package in "Integrasjoner"). */
  MASKINPORTEN_ADMINISTRATOR,
  /** An ordinary employee: may act for the organisation but not delegate. */
  ANSATT
}
