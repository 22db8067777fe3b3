package no.dpifullmakt.practiceportal.drift;

/**
 * One named way the practice portal can change its screens under a robot, as if Altinn had released
 * a new version.
 *
 * @param name the name tests switch it on with, for example {@code a3-knapp-omdopt}
 * @param generation {@code altinn2} or {@code altinn3}
 * @param description what a person would see, in bokmål
 */
public record Change(String name, String generation, String description) {}
