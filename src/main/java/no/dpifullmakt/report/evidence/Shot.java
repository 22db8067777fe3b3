package no.dpifullmakt.report.evidence;

/**
 * A screenshot of a step.
 *
 * @param caption what it shows, such as «Skjermbilde: knappen «Neste»»
 */
public record Shot(byte[] png, String caption) {}
