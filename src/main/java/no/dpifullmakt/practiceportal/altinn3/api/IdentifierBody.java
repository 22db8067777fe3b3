package no.dpifullmakt.practiceportal.altinn3.api;

/** A request body that names a resource by its registry identifier. */
public record IdentifierBody(String identifier) {}
