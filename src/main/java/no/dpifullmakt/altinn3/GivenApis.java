package no.dpifullmakt.altinn3;

import java.util.List;

/**
 * What a supplier's page says the supplier has.
 *
 * @param count the number in "Fullmakt til N API"; -1 when the heading is not there
 * @param titles the title of each API in the list, from its "Slett fullmakt for <API>"
 * @param saysEmpty whether the page says «Ingen fullmakter er lagt til ennå.»
 */
public record GivenApis(int count, List<String> titles, boolean saysEmpty) {

  /** Whether the list and the heading agree, so the list can be trusted. */
  boolean agrees() {
    return count == titles.size() && (count > 0 || saysEmpty);
  }

  /** Whether the page positively shows that the supplier has no API at all. */
  public boolean none() {
    return count == 0 && titles.isEmpty() && saysEmpty;
  }

  /** «overskriften sier 2 API, lista viser 0», for diagnoses. */
  public String describe() {
    return (count < 0 ? "overskriften mangler" : "overskriften sier " + count + " API")
        + ", lista viser "
        + titles.size()
        + (saysEmpty ? ", og siden sier at ingen fullmakter er lagt til" : "");
  }
}
