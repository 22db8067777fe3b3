package no.dpifullmakt.practiceportal.altinn3.api;

/**
 * A request body that names a language ("nb", "nn" or "en") and, for the test endpoint, a person.
 */
public record LanguageBody(String pid, String language) {}
