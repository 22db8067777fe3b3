package no.dpifullmakt.practiceportal.directory;

/** An organisation as the Central Coordinating Register would list it. */
public record Organisation(String orgnr, String name, boolean publicSector) {

  /** "980 858 073", as Altinn shows organisation numbers. */
  public String formattedOrgnr() {
    return orgnr.substring(0, 3) + " " + orgnr.substring(3, 6) + " " + orgnr.substring(6);
  }
}
