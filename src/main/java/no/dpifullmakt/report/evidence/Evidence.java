package no.dpifullmakt.report.evidence;

/**
 * The names and media types of what the robot attaches to its steps, shared by the hooks that
 * attach them and the report writers that read them.
 */
public final class Evidence {

  /** The failure screenshot, as the browser gives it. */
  public static final String PNG = "image/png";

  /** The steps' screenshots, drawn on by the robot: JPEG is quick to make and small. */
  public static final String JPEG = "image/jpeg";

  public static final String HTML = "text/html";
  public static final String FINGERPRINT_TYPE = "application/vnd.dpi-fullmakt.fingeravtrykk+json";

  /** A step's screenshot with the element the robot acted on outlined: «Skjermbilde: …». */
  public static final String SCREENSHOT_PREFIX = "Skjermbilde: ";

  public static final String FAILURE_SCREENSHOT = "diagnose-skjermbilde";
  public static final String FAILURE_PAGE = "diagnose-side";
  public static final String FINGERPRINT = "fingeravtrykk";

  /** The language Altinn showed its screens in, as its code («nn»), on the step that read it. */
  public static final String SCREEN_LANGUAGE = "skjermspråk";

  public static final String TEXT = "text/plain";

  private Evidence() {}
}
