package no.dpifullmakt.practiceportal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /ovelse/test/reset?aktor=}: one organisation afresh, nobody else disturbed. */
class PerActorResetTest {

  private static final String INGRID = "12857610030";
  private static final String SIRI = "23916910053";
  private static final String FJORDVIK = "315260183";
  private static final String HAVLANDET = "311860917";
  private static final String VISMA = "980858073";
  private static final String KS = "971032146";
  private static final String SEEDED_A = "910753614=[skatteetaten-inntekt, nav-aareg]";
  private static final String SEEDED_B = "312605031=[kartverket-matrikkel, svv-kjoretoy]";
  private static final String VISMA_WITH_DPI = VISMA + "=[digdir-dpi-send]";

  private static PracticePortal portal;
  private static TestState state;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    state = new TestState(portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @BeforeEach
  void fromTheSeed() {
    portal.reset();
  }

  @Test
  void resettingOneActorLeavesTheOtherActorsStateAndEverySessionAlone() {
    ActingBrowser ingrid = ActingBrowser.logIn(portal.baseUrl(), INGRID, FJORDVIK);
    ActingBrowser siri = ActingBrowser.logIn(portal.baseUrl(), SIRI, HAVLANDET);
    for (String actor : new String[] {FJORDVIK, HAVLANDET}) {
      state.apply("altinn3-visma-har-dpi", actor);
      state.apply("altinn2-visma-har-dpi", actor);
    }
    assertThat(ingrid.api("POST", "/users", "{\"orgnr\":\"" + KS + "\"}").statusCode())
        .isEqualTo(201);
    assertThat(siri.api("POST", "/users", "{\"orgnr\":\"" + KS + "\"}").statusCode())
        .isEqualTo(201);

    assertThat(state.post("/ovelse/test/reset?aktor=" + FJORDVIK).statusCode()).isEqualTo(200);

    assertThat(state.altinn3Suppliers(FJORDVIK)).containsExactly(SEEDED_A, SEEDED_B);
    assertThat(state.altinn2RightHolders(FJORDVIK)).noneMatch(h -> h.startsWith(VISMA));
    assertThat(ingrid.api("GET", "/users", null).body()).doesNotContain(KS);

    assertThat(state.altinn3Suppliers(HAVLANDET))
        .containsExactly(SEEDED_A, SEEDED_B, VISMA_WITH_DPI);
    assertThat(state.altinn2RightHolders(HAVLANDET)).anyMatch(h -> h.startsWith(VISMA + "="));
    assertThat(siri.api("GET", "/users", null).body()).contains(KS);

    assertThat(ingrid.get("/ui/MessageBox").statusCode()).isEqualTo(200);
    assertThat(siri.get("/ui/MessageBox").statusCode()).isEqualTo(200);
    assertThat(ingrid.api("GET", "/profile", null).statusCode()).isEqualTo(200);
  }

  @Test
  void anOrganisationNobodyAdministersMaskinportenForGetsItsOwnSeedBack() {
    state.apply("altinn3-tom", "310166138");
    assertThat(state.altinn3Suppliers("310166138")).isEmpty();

    state.post("/ovelse/test/reset?aktor=310166138");

    assertThat(state.altinn3Suppliers("310166138"))
        .containsExactly(
            FJORDVIK + "=[digdir-krr-oppslag]", "312787075=[brreg-regnskapsregisteret, nav-aareg]");
  }

  @Test
  void withoutAnActorEverythingIsResetAndEveryoneIsLoggedOut() {
    ActingBrowser ingrid = ActingBrowser.logIn(portal.baseUrl(), INGRID, FJORDVIK);
    state.apply("altinn3-visma-har-dpi", HAVLANDET);

    assertThat(state.post("/ovelse/test/reset").statusCode()).isEqualTo(200);

    assertThat(state.altinn3Suppliers(HAVLANDET)).containsExactly(SEEDED_A, SEEDED_B);
    assertThat(ingrid.get("/ui/MessageBox").statusCode()).isEqualTo(302);
  }

  @Test
  void anUnknownActorIsRefusedAndNothingIsReset() {
    state.apply("altinn3-visma-har-dpi", FJORDVIK);

    assertThat(state.post("/ovelse/test/reset?aktor=123456789").statusCode()).isEqualTo(400);

    assertThat(state.altinn3Suppliers(FJORDVIK)).contains(VISMA_WITH_DPI);
  }
}
