package no.dpifullmakt.practiceportal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import no.dpifullmakt.practiceportal.drift.ActiveChanges;
import no.dpifullmakt.practiceportal.faults.FaultSwitch;
import no.dpifullmakt.practiceportal.faults.Faults;

/**
 * What the pages' scripts must know of the practice portal's changes and faults: the active
 * changes, the late spinner and the redraw interval. Pages carry it in {@code <meta
 * name="ovelse-innstillinger">}, and only while something is switched on, so a portal with nothing
 * switched on serves exactly the pages it always did.
 */
public final class ClientSettings {

  public static final String META_NAME = "ovelse-innstillinger";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ActiveChanges changes;
  private final FaultSwitch faults;

  public ClientSettings(ActiveChanges changes, FaultSwitch faults) {
    this.changes = changes;
    this.faults = faults;
  }

  /** Whether anything is switched on that the scripts must know. */
  public boolean active() {
    Faults now = faults.current();
    return changes.any() || now.sentSpinnerMs() > 0 || now.rerenderHverMs() > 0;
  }

  /** {@code {"endringer": [...], "sentSpinnerMs": n, "rerenderHverMs": n}} */
  public String json() {
    Faults now = faults.current();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("endringer", changes.active());
    settings.put("sentSpinnerMs", now.sentSpinnerMs());
    settings.put("rerenderHverMs", now.rerenderHverMs());
    try {
      return JSON.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The meta element for a page's head, or nothing when nothing is switched on. */
  public String metaTag() {
    if (!active()) {
      return "";
    }
    return "<meta name=\"" + META_NAME + "\" content=\"" + escapeAttribute(json()) + "\">";
  }

  /** What templates see: {@code {{#endring.a2-kosmetisk}}} and {@code {{#ovelse.active}}}. */
  public Map<String, Object> templateScope() {
    return Map.of("endring", changes.flags(), "ovelse", this);
  }

  private static String escapeAttribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;");
  }
}
