package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a step attaches for the fingerprint: its pages, and the data values the robot has met so far
 * (a supplier's name and its placeholder), so that earlier steps can be made general too.
 */
public record StepRecord(
    @JsonProperty("sider") List<PagePrint> pages, @JsonProperty("data") Map<String, String> data) {

  public StepRecord {
    pages = List.copyOf(pages);
    data = Map.copyOf(data);
  }
}
