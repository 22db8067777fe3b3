package no.dpifullmakt.report.evidence;

import java.util.Optional;

/**
 * The page as it was when a step failed, for the diagnosis.
 *
 * @param screenshot empty when the step typed a secret, which the picture could show
 * @param maskedHtml the page's HTML with every field value masked
 */
public record FailureEvidence(Optional<byte[]> screenshot, String maskedHtml) {}
