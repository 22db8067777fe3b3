package no.dpifullmakt.practiceportal;

import static no.dpifullmakt.practiceportal.PortalBrowser.csrfIn;
import static no.dpifullmakt.practiceportal.PortalBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.directory.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two robots acting for two organisations at the same time, while a third organisation is reset
 * again and again: each organisation ends with exactly what was done for it, in both generations.
 */
class ConcurrentActorsTest {

  private static final String INGRID = "12857610030";
  private static final String SIRI = "23916910053";
  private static final String ASE = "15867210064";
  private static final String FJORDVIK = "315260183";
  private static final String HAVLANDET = "311860917";
  private static final String APE = "312787075";
  private static final String VISMA = "980858073";
  private static final String KS = "971032146";
  private static final String DIGDIR = "991825827";
  private static final String POSTKASSE = "310308242";
  private static final String SEEDED_A = "910753614=[skatteetaten-inntekt, nav-aareg]";
  private static final String SEEDED_B = "312605031=[kartverket-matrikkel, svv-kjoretoy]";
  private static final int ROUNDS = 4;
  private static final Parties PARTIES = new Parties(Directory.seeded());

  private static PracticePortal portal;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    pool = Executors.newFixedThreadPool(12);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    portal.close();
  }

  @Test
  void twoActorsStateNeverMixesUnderConcurrentRequests() {
    ActingBrowser ingrid = ActingBrowser.logIn(portal.baseUrl(), INGRID, FJORDVIK);
    ActingBrowser siri = ActingBrowser.logIn(portal.baseUrl(), SIRI, HAVLANDET);
    ActingBrowser ase = ActingBrowser.logIn(portal.baseUrl(), ASE, APE);
    TestState state = new TestState(portal.baseUrl());

    List<CompletableFuture<?>> work = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      work.add(async(() -> giveApi(ingrid, VISMA, "digdir-dpi-send")));
      work.add(async(() -> giveApi(ingrid, KS, "digdir-dpi-send")));
      work.add(async(() -> giveApi(siri, DIGDIR, "digdir-krr-oppslag")));
      work.add(async(() -> giveApi(siri, POSTKASSE, "nav-aareg")));
      work.add(async(() -> giveService(ingrid, VISMA, "5504_1")));
      work.add(async(() -> giveService(siri, DIGDIR, "4936_1")));
      work.add(async(() -> giveApi(ase, KS, "digdir-dpi-send")));
      work.add(async(() -> state.post("/ovelse/test/reset?aktor=" + APE)));
    }
    CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();

    assertThat(state.altinn3Suppliers(FJORDVIK))
        .containsExactlyInAnyOrder(
            SEEDED_A, SEEDED_B, VISMA + "=[digdir-dpi-send]", KS + "=[digdir-dpi-send]");
    assertThat(state.altinn3Suppliers(HAVLANDET))
        .containsExactlyInAnyOrder(
            SEEDED_A, SEEDED_B, DIGDIR + "=[digdir-krr-oppslag]", POSTKASSE + "=[nav-aareg]");
    assertThat(state.altinn2RightHolders(FJORDVIK))
        .contains(VISMA + "=[5504_1]")
        .noneMatch(h -> h.startsWith(DIGDIR));
    assertThat(state.altinn2RightHolders(HAVLANDET))
        .contains(DIGDIR + "=[4936_1]")
        .noneMatch(h -> h.startsWith(VISMA));
    assertThat(state.altinn3Suppliers(APE))
        .noneMatch(s -> s.startsWith(VISMA) || s.startsWith(DIGDIR) || s.startsWith(POSTKASSE));
  }

  private CompletableFuture<Void> async(Runnable request) {
    return CompletableFuture.runAsync(request, pool);
  }

  /** Adds the supplier (if need be) and gives it the API, as the two dialogs do. */
  private static void giveApi(ActingBrowser browser, String supplier, String api) {
    HttpResponse<String> added =
        browser.api("POST", "/maskinporten/suppliers", "{\"orgnr\":\"" + supplier + "\"}");
    assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
    HttpResponse<String> given =
        browser.api(
            "POST",
            "/maskinporten/suppliers/" + supplier + "/apis",
            "{\"identifier\":\"" + api + "\"}");
    // The third organisation may be reset between the two calls: its supplier is then gone.
    assertThat(given.statusCode()).as(given.body()).isIn(200, 201, 404);
  }

  /** Altinn 2's "Gi tilgang til enkelttjenester" → "Neste", as the dialog's script posts it. */
  private static void giveService(ActingBrowser browser, String orgnr, String service) {
    String token = csrfIn(browser.get("/ui/MessageBox").body());
    String ref = PARTIES.organisation(orgnr).uuid().toString();
    HttpResponse<String> given =
        browser.postForm(
            "/ui/DelegationModal/RightHolder/" + ref + "/Services",
            form("tjeneste", service),
            Map.of("X-CSRF-Token", token, "X-Requested-With", "fetch"));
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
  }
}
