package no.dpifullmakt.practiceportal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import no.dpifullmakt.practiceportal.ActingBrowser;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.TestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal started again in the same data folder, as a person's next run: each organisation's
 * Altinn 3 suppliers and Altinn 2 right holders, and each person's language, are as they were left.
 */
class KeptBetweenRunsTest {

  private static final String FJORDVIK = "315260183";
  private static final String HAVLANDET = "311860917";
  private static final String INGRID = "12857610030";
  private static final String SIGRID = "21887410000";
  private static final String APE = "312787075";
  private static final String VISMA_WITH_DPI = "980858073=[digdir-dpi-send]";
  private static final String SEEDED_A = "910753614=[skatteetaten-inntekt, nav-aareg]";
  private static final String SEEDED_B = "312605031=[kartverket-matrikkel, svv-kjoretoy]";

  @TempDir Path folder;

  private PracticePortal start(boolean afresh) {
    return PracticePortal.start(PortalOptions.forTests().withKeeping(Keeping.in(folder, afresh)));
  }

  @Test
  void theNextRunFindsWhatThisRunDidAndAFreshStartFindsTheSeed() throws Exception {
    try (PracticePortal first = start(false)) {
      assertThat(first.memory().recalled()).isFalse();
      assertThat(first.memory().startLine("--nullstill-ovingsportal"))
          .startsWith("Øvingsportalen starter med nye, oppdiktede data.");
      TestState state = new TestState(first.baseUrl());
      state.apply("altinn3-visma-har-dpi", FJORDVIK);
      state.apply("altinn2-visma-har-dpi", FJORDVIK);
      chooseLanguage(first, SIGRID, "en");
    }

    try (PracticePortal second = start(false)) {
      TestState state = new TestState(second.baseUrl());
      assertThat(second.memory().recalled()).isTrue();
      assertThat(second.memory().startLine("--nullstill-ovingsportal"))
          .isEqualTo(
              "Øvingsportalen husker det som ble gjort i tidligere kjøringer (lagret i "
                  + folder.toAbsolutePath()
                  + "). Start på nytt med --nullstill-ovingsportal.");
      assertThat(state.altinn3Suppliers(FJORDVIK)).contains(VISMA_WITH_DPI);
      assertThat(state.altinn2RightHolders(FJORDVIK)).anyMatch(h -> h.startsWith("980858073="));
      assertThat(state.altinn3Suppliers(HAVLANDET)).containsExactly(SEEDED_A, SEEDED_B);
      assertThat(language(second, SIGRID)).isEqualTo("en");
    }

    try (PracticePortal afresh = start(true)) {
      TestState state = new TestState(afresh.baseUrl());
      assertThat(afresh.memory().recalled()).isFalse();
      assertThat(state.altinn3Suppliers(FJORDVIK)).containsExactly(SEEDED_A, SEEDED_B);
      assertThat(state.altinn2RightHolders(FJORDVIK)).noneMatch(h -> h.startsWith("980858073="));
      assertThat(language(afresh, SIGRID)).isEqualTo("nn");
    }
  }

  @Test
  void aChangeThroughTheDelayedApiIsKeptBeforeTheAnswerComes() {
    try (PracticePortal portal = start(false)) {
      ActingBrowser ingrid = ActingBrowser.logIn(portal.baseUrl(), INGRID, FJORDVIK);
      assertThat(
              ingrid
                  .api("POST", "/maskinporten/suppliers", "{\"orgnr\":\"980858073\"}")
                  .statusCode())
          .isEqualTo(201);

      // The same database, read while the portal still runs: the change is already there.
      try (StateStore store = StateStore.open(folder, false)) {
        assertThat(store.readAll().get("altinn3:" + FJORDVIK)).contains("980858073");
      }
    }
  }

  @Test
  void aResetOfOneOrganisationIsKeptToo() {
    try (PracticePortal first = start(false)) {
      TestState state = new TestState(first.baseUrl());
      state.apply("altinn3-visma-har-dpi", FJORDVIK);
      state.apply("altinn3-visma-har-dpi", HAVLANDET);
      assertThat(state.post("/ovelse/test/reset?aktor=" + FJORDVIK).statusCode()).isEqualTo(200);
    }
    try (PracticePortal second = start(false)) {
      TestState state = new TestState(second.baseUrl());
      assertThat(state.altinn3Suppliers(FJORDVIK)).containsExactly(SEEDED_A, SEEDED_B);
      assertThat(state.altinn3Suppliers(HAVLANDET)).contains(VISMA_WITH_DPI);
    }
  }

  @Test
  void aKeptTextThatCannotBeUnderstoodGivesANorwegianMessage() {
    try (StateStore store = StateStore.open(folder, false)) {
      store.write(Map.of("altinn3:" + FJORDVIK, "{ikke json"), Set.of());
    }
    assertThatThrownBy(() -> start(false))
        .isInstanceOf(StoreProblem.class)
        .hasMessageContaining("kan ikke leses")
        .hasMessageContaining("--nullstill-ovingsportal");
    try (PracticePortal afresh = start(true)) {
      assertThat(new TestState(afresh.baseUrl()).altinn3Suppliers(FJORDVIK))
          .containsExactly(SEEDED_A, SEEDED_B);
    }
  }

  @Test
  void inMemoryOnlyTheStartLineSaysFreshAndNothingIsWritten() {
    try (PracticePortal portal = PracticePortal.start(PortalOptions.forTests())) {
      assertThat(portal.memory().folder()).isEmpty();
      assertThat(portal.memory().startLine("--nullstill-ovingsportal"))
          .isEqualTo("Øvingsportalen starter med nye, oppdiktede data.");
    }
  }

  private static void chooseLanguage(PracticePortal portal, String pid, String language) {
    int status =
        new PortalBrowser(portal.baseUrl())
            .script(
                "POST",
                "/ovelse/test/altinn3/sprak",
                "{\"pid\":\"" + pid + "\",\"language\":\"" + language + "\"}")
            .statusCode();
    assertThat(status).isEqualTo(204);
  }

  private static String language(PracticePortal portal, String pid) throws Exception {
    PortalBrowser browser = new PortalBrowser(portal.baseUrl());
    browser.logIn(pid, APE);
    String body = browser.fetch("/accessmanagement/api/v1/profile").body();
    return new ObjectMapper().readTree(body).get("language").asText();
  }
}
