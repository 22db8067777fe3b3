package no.dpifullmakt.benchmark;

/**
 * Who logs in and what is given in the benchmark: the robot's defaults in the practice portal
 * (environment "ovelse" and the feature files), written out for the floor.
 */
final class PracticeData {

  /** Ingrid Fjellheim, the made-up general manager of Fjordvik kommune. */
  static final String PID = "12857610030";

  static final String ACTOR = "315260183";
  static final String SUPPLIER = "980858073";
  static final String SUPPLIER_NAME_START = "vism";

  static final String ALTINN2_SEARCH = "dpi";
  static final String ALTINN2_SERVICE =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  static final String ALTINN3_SEARCH = "digitalpostinnbygger:send";
  static final String ALTINN3_API = "Digital post til innbyggere";
  static final String ALTINN3_API_ID = "digdir-dpi-send";

  private PracticeData() {}
}
