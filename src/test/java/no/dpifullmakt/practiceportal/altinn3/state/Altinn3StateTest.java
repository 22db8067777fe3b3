package no.dpifullmakt.practiceportal.altinn3.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.practiceportal.directory.Directory;
import org.junit.jupiter.api.Test;

class Altinn3StateTest {

  private static final Directory DIRECTORY = Directory.seeded();
  private final Altinn3State state = new Altinn3State();

  @Test
  void theSeedGivesEveryMaskinportenOrganisationTheTwoSuppliersWithoutDpi() {
    SeedState.apply(state, DIRECTORY);
    for (String actor : List.of("312787075", "315260183", "311590839", "311860917", "318219931")) {
      List<Supplier> suppliers = state.suppliers(actor).suppliers();
      assertThat(suppliers)
          .extracting(Supplier::orgnr)
          .containsExactly(SeedState.EKSEMPEL_SYSTEMPARTNER, SeedState.TESTLEVERANDOR);
      assertThat(suppliers).allSatisfy(s -> assertThat(s.apiIdentifiers()).hasSize(2));
      assertThat(suppliers)
          .flatExtracting(Supplier::apiIdentifiers)
          .doesNotContain(Situations.DPI_API);
    }
  }

  @Test
  void organisationsWithoutAdministratorStartWithoutSuppliersExceptNordfjell() {
    SeedState.apply(state, DIRECTORY);
    assertThat(state.suppliers("317975430").suppliers()).isEmpty();
    assertThat(state.suppliers(SeedState.NORDFJELL_ARKIV).suppliers()).hasSize(2);
  }

  @Test
  void consumersAreTheOrganisationsThatMadeTheActorTheirSupplier() {
    SeedState.apply(state, DIRECTORY);
    assertThat(state.consumersOf(SeedState.LEVENDE_KUNSTIG_APE))
        .containsExactly(
            new Consumer(
                SeedState.NORDFJELL_ARKIV, List.of("brreg-regnskapsregisteret", "nav-aareg")));
    assertThat(state.consumersOf(SeedState.TESTLEVERANDOR)).hasSize(5);
  }

  @Test
  void actingOrganisationsDoNotShareSuppliers() {
    state.suppliers("312787075").addSupplier("980858073");
    assertThat(state.suppliers("315260183").suppliers()).isEmpty();
  }

  @Test
  void situationsReplaceOneActorsSuppliers() {
    SeedState.apply(state, DIRECTORY);
    SupplierBook ape = state.suppliers("312787075");

    assertThat(Situations.apply("altinn3-visma-har-dpi", ape)).isTrue();
    assertThat(ape.supplier(Situations.VISMA).orElseThrow().apiIdentifiers())
        .containsExactly(Situations.DPI_API);
    assertThat(ape.suppliers()).hasSize(3);

    assertThat(Situations.apply("altinn3-visma-lagt-til", ape)).isTrue();
    assertThat(ape.supplier(Situations.VISMA).orElseThrow().apiIdentifiers()).isEmpty();

    assertThat(Situations.apply("altinn3-ks-har-dpi", ape)).isTrue();
    assertThat(ape.supplier(Situations.KS).orElseThrow().apiIdentifiers())
        .containsExactly(Situations.DPI_API);
    assertThat(ape.supplier(Situations.VISMA)).isEmpty();

    assertThat(Situations.apply("altinn3-tom", ape)).isTrue();
    assertThat(ape.suppliers()).isEmpty();

    assertThat(state.suppliers("315260183").suppliers()).hasSize(2);
  }

  @Test
  void theNewSituationsGiveVismaLookAlikesOrOthersOrHideItBehindTwelve() {
    SeedState.apply(state, DIRECTORY);
    SupplierBook ape = state.suppliers("312787075");

    assertThat(Situations.apply("altinn3-visma-har-dpi-les", ape)).isTrue();
    assertThat(ape.supplier(Situations.VISMA).orElseThrow().apiIdentifiers())
        .containsExactly("digdir-dpi-les");

    assertThat(Situations.apply("altinn3-visma-har-dpi-og-to-andre", ape)).isTrue();
    assertThat(ape.supplier(Situations.VISMA).orElseThrow().apiIdentifiers())
        .containsExactly("digdir-krr-oppslag", Situations.DPI_API, "digdir-dpv-dpo-send");

    assertThat(Situations.apply("altinn3-visma-har-to-andre", ape)).isTrue();
    assertThat(ape.supplier(Situations.VISMA).orElseThrow().apiIdentifiers())
        .containsExactly("digdir-krr-oppslag", "digdir-dpv-dpo-send");

    assertThat(Situations.apply("altinn3-mange-leverandorer", ape)).isTrue();
    assertThat(ape.suppliers()).hasSize(13);
    assertThat(ape.supplier(Situations.VISMA).orElseThrow().apiIdentifiers())
        .containsExactly(Situations.DPI_API);
    assertThat(Situations.TWELVE_BEFORE_VISMA)
        .allSatisfy(
            orgnr ->
                assertThat(DIRECTORY.organisation(orgnr).orElseThrow().name())
                    .isLessThan("VISMA SOFTWARE INTERNATIONAL AS"));
  }

  @Test
  void unknownSituationsAreNotOurs() {
    assertThat(Situations.apply("ks-har-dpi-altinn2", new SupplierBook())).isFalse();
    assertThat(Situations.names()).allMatch(n -> n.startsWith("altinn3-"));
  }
}
