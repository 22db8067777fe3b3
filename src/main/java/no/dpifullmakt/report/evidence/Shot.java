package no.dpifullmakt.report.evidence;

/**
 * A screenshot of a step, with the element the robot acted on outlined.
 *
 * @param jpeg the picture, as JPEG ({@link Evidence#JPEG})
 * @param caption what it shows, such as «Skjermbilde: knappen «Neste»»
 */
public record Shot(byte[] jpeg, String caption) {}
