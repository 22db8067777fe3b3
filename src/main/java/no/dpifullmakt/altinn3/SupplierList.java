package no.dpifullmakt.altinn3;

import java.util.List;
import java.util.Optional;
import no.dpifullmakt.domain.OrganisationNumber;

/**
 * The supplier list of "Maskinportenadministrasjon" as read in one look, once every row on it was
 * understood (each shows its organisation number) or the page said it is empty.
 *
 * @param rows every row shown, in order
 * @param emptyText the page's own words when there are no rows («Ingen leverandører funnet.»,
 *     «Ingen treff på søket …»); null when there are rows
 */
public record SupplierList(List<Row> rows, String emptyText) {

  /**
   * One supplier's row.
   *
   * @param name the link's name, as Altinn formats it
   * @param orgnrLine the row's line with the number, exactly as shown: the row's handle
   */
  public record Row(OrganisationNumber orgnr, String name, String orgnrLine) {}

  /** The rows for this number: none, one, or (if Altinn lists it twice) more. */
  public List<Row> rowsFor(OrganisationNumber orgnr) {
    return rows.stream().filter(row -> row.orgnr().equals(orgnr)).toList();
  }

  public Optional<Row> rowFor(OrganisationNumber orgnr) {
    return rowsFor(orgnr).stream().findFirst();
  }

  /** What the list is, in Norwegian, for notes and diagnoses. */
  public String describe() {
    return rows.isEmpty()
        ? "lista er tom («" + emptyText + "»)"
        : "lista viser " + rows.size() + " leverandør(er)";
  }
}
