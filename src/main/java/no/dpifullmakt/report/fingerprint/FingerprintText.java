package no.dpifullmakt.report.fingerprint;

import java.net.URI;
import no.dpifullmakt.web.AccessibleText;

/** Names and addresses made comparable from run to run: digits are data, not user interface. */
public final class FingerprintText {

  private FingerprintText() {}

  /** «Fullmakt til 1 API» → «Fullmakt til # API». */
  public static String name(String name) {
    return AccessibleText.normalise(name).replaceAll("\\d", "#");
  }

  /**
   * The path of an address, without host, query or fragment: «/maskinporten/supplier/#########».
   */
  public static String page(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path.replaceAll("\\d", "#");
    } catch (IllegalArgumentException e) {
      return "(ukjent side)";
    }
  }
}
