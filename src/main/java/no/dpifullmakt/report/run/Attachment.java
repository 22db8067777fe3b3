package no.dpifullmakt.report.run;

import java.nio.charset.StandardCharsets;

/** Something a step attached to the report: a screenshot, a fingerprint, a page. */
public record Attachment(String name, String mediaType, byte[] data) {

  public String text() {
    return new String(data, StandardCharsets.UTF_8);
  }
}
