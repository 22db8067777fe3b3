package no.dpifullmakt.practiceportal.altinn3.users;

import java.util.List;

/**
 * Someone on the page "Brukere": a person with rights for the actor, or an added organisation.
 *
 * @param id the user's id in paths; an organisation's is its number, a person's a UUID
 * @param type "person" or "organisation"
 * @param orgnr the organisation number, or null for a person
 * @param roles role names ("Daglig leder", "Ansatt")
 * @param accessPackages access package names ("Maskinporten administrator")
 */
public record User(
    String id,
    String name,
    String type,
    String orgnr,
    List<String> roles,
    List<String> accessPackages) {}
