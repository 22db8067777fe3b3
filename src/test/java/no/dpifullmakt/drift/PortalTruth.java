package no.dpifullmakt.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the practice portal has really stored for one acting organisation, read from its test-state
 * endpoint: per supplier (Altinn 3) or right holder (Altinn 2), the rights it holds. What the robot
 * says is checked against this.
 *
 * @param rights per organisation number, the identifiers of what it holds (API identifiers, or
 *     Altinn 2 service codes)
 */
record PortalTruth(Map<String, List<String>> rights) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static PortalTruth ofAltinn3(String stateJson) {
    Map<String, List<String>> rights = new LinkedHashMap<>();
    for (JsonNode supplier : read(stateJson).path("leverandorer")) {
      List<String> apis = new ArrayList<>();
      supplier.path("api").forEach(api -> apis.add(api.asText()));
      rights.merge(supplier.path("orgnr").asText(), apis, PortalTruth::both);
    }
    return new PortalTruth(rights);
  }

  static PortalTruth ofAltinn2(String stateJson) {
    Map<String, List<String>> rights = new LinkedHashMap<>();
    for (JsonNode holder : read(stateJson).path("rettighetshavere")) {
      List<String> services = new ArrayList<>();
      holder.path("tjenester").forEach(s -> services.add(s.path("kode").asText()));
      rights.merge(holder.path("id").asText(), services, PortalTruth::both);
    }
    return new PortalTruth(rights);
  }

  /** How many times the organisation is listed (a supplier or right holder twice is a fault). */
  int listed(String orgnr) {
    return rights.containsKey(orgnr) ? 1 : 0;
  }

  boolean has(String orgnr, String right) {
    return rights.getOrDefault(orgnr, List.of()).contains(right);
  }

  int times(String orgnr, String right) {
    return (int) rights.getOrDefault(orgnr, List.of()).stream().filter(right::equals).count();
  }

  /** Everything the organisation holds besides this right. */
  List<String> others(String orgnr, String right) {
    return rights.getOrDefault(orgnr, List.of()).stream().filter(r -> !r.equals(right)).toList();
  }

  /** The state without this organisation, to see that nothing else was touched. */
  Map<String, List<String>> without(String orgnr) {
    Map<String, List<String>> rest = new LinkedHashMap<>(rights);
    rest.remove(orgnr);
    return rest;
  }

  private static List<String> both(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
