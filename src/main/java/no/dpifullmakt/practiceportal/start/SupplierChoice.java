package no.dpifullmakt.practiceportal.start;

/**
 * An organisation one can give the right to, as it is typed in: name and organisation number.
 *
 * @param note what is special about it, or empty
 */
public record SupplierChoice(String name, String orgnr, String note) {}
