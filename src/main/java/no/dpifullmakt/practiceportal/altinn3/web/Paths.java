package no.dpifullmakt.practiceportal.altinn3.web;

/** Where the Altinn 3 portal lives, as on am.ui.tt02.altinn.no. */
public final class Paths {

  public static final String UI = "/accessmanagement/ui";
  public static final String API = "/accessmanagement/api/v1";

  /** Outside {@link #UI}: every path under it is the single-page app. */
  public static final String ASSETS = "/accessmanagement/assets";

  public static final String TEST_STATE = "/ovelse/test/altinn3/tilstand";

  public static final String TEST_LANGUAGE = "/ovelse/test/altinn3/sprak";

  private Paths() {}
}
