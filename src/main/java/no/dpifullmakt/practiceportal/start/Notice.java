package no.dpifullmakt.practiceportal.start;

import java.util.List;

/**
 * What the start page says after a practice control was used: a success or an error.
 *
 * @param link where to go next, or null
 */
record Notice(boolean success, String title, List<String> lines, Link link) {

  Notice {
    lines = List.copyOf(lines);
  }

  static Notice done(String title, List<String> lines, Link link) {
    return new Notice(true, title, lines, link);
  }

  static Notice failed(String title, String line) {
    return new Notice(false, title, List.of(line), null);
  }

  /** A success is announced politely, an error at once. */
  public String role() {
    return success ? "status" : "alert";
  }

  public String kind() {
    return success ? "ok" : "feil";
  }

  record Link(String href, String label) {}
}
