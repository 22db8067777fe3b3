package no.dpifullmakt.practiceportal.altinn2;

import no.dpifullmakt.practiceportal.altinn2.rights.AltinnService;
import no.dpifullmakt.practiceportal.drift.ActiveChanges;
import no.dpifullmakt.practiceportal.drift.ChangeCatalogue;

/**
 * What the switched-on changes do to Altinn 2's screens where the server draws the difference. The
 * stored rights never change: only what the screens show.
 */
final class Altinn2Changes {

  /** The look-alike of the DPI right, always in the catalogue: "… lese DPI-kvitteringer …". */
  static final String LOOK_ALIKE = "6104_1";

  /** The look-alike's title under "a2-forveksling": exactly the DPI right's. */
  static final String LOOK_ALIKE_CONFUSING_TITLE =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  private final ActiveChanges active;

  Altinn2Changes(ActiveChanges active) {
    this.active = active;
  }

  boolean extraStep() {
    return active.isOn(ChangeCatalogue.A2_EXTRA_STEP);
  }

  boolean sectionsRenamed() {
    return active.isOn(ChangeCatalogue.A2_SECTIONS_RENAMED);
  }

  /** The per-item button on the removal page that marks a right (it then reads "Angre"). */
  String removeLabel() {
    return active.isOn(ChangeCatalogue.A2_REMOVE_RENAMED) ? "Slett" : "Fjern";
  }

  /** The service as the screens show it. */
  AltinnService shown(AltinnService service) {
    if (service.code().equals(LOOK_ALIKE) && active.isOn(ChangeCatalogue.A2_LOOK_ALIKE)) {
      return service.withName(LOOK_ALIKE_CONFUSING_TITLE);
    }
    return service;
  }

  String title(AltinnService service) {
    return shown(service).name();
  }
}
