package no.dpifullmakt.languages.nynorsk;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.features.PracticePortalForFeatures;
import no.dpifullmakt.task.RunJournal;

/**
 * Glue of {@code FeaturesNynorskTest}: the daglig leder has chosen «nn» in Altinn's menu, and each
 * scenario must have been done on screens the robot read as that language.
 */
public final class ReadsNynorsk {

  @Before(order = 1)
  public void chooseTheLanguage() {
    RunJournal.clear();
    PracticePortalForFeatures.control().language(PracticePortalForFeatures.PERSON, "nn");
  }

  @After
  public void theScreensWereInThatLanguage() {
    assertThat(RunJournal.screenLanguage())
        .as("språket roboten leste av skjermbildene")
        .contains(ScreenLanguage.NYNORSK);
  }
}
