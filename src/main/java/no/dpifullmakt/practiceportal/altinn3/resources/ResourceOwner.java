package no.dpifullmakt.practiceportal.altinn3.resources;

/** The service owner ("tjenesteeier") of a resource. */
public record ResourceOwner(String name, String orgnr) {}
