package no.dpifullmakt.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import no.dpifullmakt.features.PracticePortalControl;
import org.openqa.selenium.WebDriver;

/** The two flows the benchmark times, each with its floor and its check of the portal's state. */
enum Flow {
  ALTINN2("altinn2", "Altinn 2 – brevets tolv steg", PlainAltinn2::give),
  ALTINN3("altinn3", "Altinn 3 – Maskinportenadministrasjon", PlainAltinn3::give);

  /** The floor's code for a flow: the steps' times, from login to the check. */
  interface Floor {
    List<Duration> give(WebDriver driver, String portal, String orgnr, String nameStart);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String generation;
  private final String title;
  private final Floor floor;

  Flow(String generation, String title, Floor floor) {
    this.generation = generation;
    this.title = title;
    this.floor = floor;
  }

  /** The robot's --generasjon. */
  String generation() {
    return generation;
  }

  String title() {
    return title;
  }

  List<Duration> floor(WebDriver driver, String portal) {
    return floor.give(driver, portal, PracticeData.SUPPLIER, PracticeData.SUPPLIER_NAME_START);
  }

  /** How many times the portal's own state says the supplier has the right now. */
  int timesGiven(PracticePortalControl control) {
    JsonNode state = read(control, "/ovelse/test/" + generation + "/tilstand");
    int count = 0;
    if (this == ALTINN2) {
      for (JsonNode holder : state.path("rettighetshavere")) {
        if (holder.path("id").asText().equals(PracticeData.SUPPLIER)) {
          for (JsonNode service : holder.path("tjenester")) {
            count += service.path("navn").asText().equals(PracticeData.ALTINN2_SERVICE) ? 1 : 0;
          }
        }
      }
    } else {
      for (JsonNode supplier : state.path("leverandorer")) {
        if (supplier.path("orgnr").asText().equals(PracticeData.SUPPLIER)) {
          for (JsonNode api : supplier.path("api")) {
            count += api.asText().equals(PracticeData.ALTINN3_API_ID) ? 1 : 0;
          }
        }
      }
    }
    return count;
  }

  private static JsonNode read(PracticePortalControl control, String path) {
    try {
      return JSON.readTree(control.get(path + "?aktor=" + PracticeData.ACTOR));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
