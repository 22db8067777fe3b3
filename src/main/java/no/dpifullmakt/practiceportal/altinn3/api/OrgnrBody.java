package no.dpifullmakt.practiceportal.altinn3.api;

/** A request body that names an organisation. */
public record OrgnrBody(String orgnr) {}
