package no.dpifullmakt.practiceportal.altinn2.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.dpifullmakt.practiceportal.directory.Directory;
import org.junit.jupiter.api.Test;

class ActorRightsTest {

  private static final Directory DIRECTORY = Directory.seeded();
  private static final Parties PARTIES = new Parties(DIRECTORY);
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.seeded();

  private final Party visma = PARTIES.organisation("980858073");
  private final AltinnService dpi = CATALOGUE.require("5504_1");
  private final AltinnService aMelding = CATALOGUE.require("4936_1");
  private final ActorRights rights = new ActorRights(List.of());

  @Test
  void anOrganisationWithoutRightsIsNoRightHolder() {
    assertThat(rights.of(visma).hasRights()).isFalse();
    assertThat(rights.rightHolders()).isEmpty();
  }

  @Test
  void givingTheSameRightTwiceStoresItOnce() {
    rights.grant(visma, List.of(dpi));
    rights.grant(visma, List.of(dpi, dpi));

    assertThat(rights.rightHolders()).hasSize(1);
    assertThat(rights.of(visma).services()).containsExactly(dpi);
  }

  @Test
  void takingTheLastRightAwayRemovesTheRightHolder() {
    rights.grant(visma, List.of(dpi, aMelding));

    rights.revoke(visma, Set.of(dpi.code()), Set.of());
    assertThat(rights.of(visma).services()).containsExactly(aMelding);

    rights.revoke(visma, Set.of(aMelding.code()), Set.of());
    assertThat(rights.rightHolders()).isEmpty();
  }

  @Test
  void rolesCanBeTakenAwayToo() {
    Party jonas = PARTIES.person("17879010047");
    rights.replaceAll(List.of(new RightHolder(jonas, List.of("Post/arkiv"), List.of())));

    rights.revoke(jonas, Set.of(), Set.of("Post/arkiv"));

    assertThat(rights.rightHolders()).isEmpty();
  }

  @Test
  void parallelGrantsAreAllKept() throws InterruptedException {
    List<AltinnService> services = CATALOGUE.all();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (AltinnService service : services) {
      pool.execute(() -> rights.grant(visma, List.of(service)));
      pool.execute(() -> rights.grant(visma, List.of(service)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(rights.of(visma).services()).hasSameSizeAs(services);
  }

  @Test
  void rightHoldersAreListedInNorwegianOrder() {
    rights.grant(PARTIES.organisation("318219931"), List.of(aMelding));
    rights.grant(visma, List.of(dpi));
    rights.grant(PARTIES.organisation("910753614"), List.of(aMelding));

    assertThat(rights.rightHolders())
        .extracting(h -> h.party().name())
        .containsExactly(
            "BJØRKÅSEN REGNSKAP AS",
            "EKSEMPEL SYSTEMPARTNER AS",
            "VISMA SOFTWARE INTERNATIONAL AS");
  }
}
