package no.dpifullmakt.practiceportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.Altinn2Module;
import no.dpifullmakt.practiceportal.altinn3.Altinn3Module;
import org.junit.jupiter.api.Test;

class SituationDescriptionsTest {

  private final PortalContext context = PortalContext.seeded(PortalOptions.forTests());

  @Test
  void everySituationOfBothGenerationsIsDescribedInASentenceOrTwo() {
    for (PortalModule module : List.of(new Altinn2Module(context), new Altinn3Module(context))) {
      assertThat(module.situations()).isNotEmpty();
      for (String situation : module.situations()) {
        assertThat(module.describeSituation(situation))
            .as(situation)
            .hasValueSatisfying(d -> assertThat(d).endsWith(".").hasSizeBetween(20, 240));
      }
    }
  }

  @Test
  void aModuleDoesNotDescribeAnotherModulesSituation() {
    assertThat(new Altinn2Module(context).describeSituation("altinn3-visma-har-dpi")).isEmpty();
    assertThat(new Altinn3Module(context).describeSituation("altinn2-visma-har-dpi")).isEmpty();
  }
}
