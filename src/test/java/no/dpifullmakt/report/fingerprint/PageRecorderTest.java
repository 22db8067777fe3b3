package no.dpifullmakt.report.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.web.SeenElement;
import org.junit.jupiter.api.Test;

/** How one step's looks on a page become found, absent, or neither. */
class PageRecorderTest {

  private static final String PAGE = "/accessmanagement/ui/maskinporten";
  private static final String LINK = "lenken som slutter med «Org.nr. 980 858 073»";
  private static final String LINK_PRINTED = "lenken som slutter med «Org.nr. ### ### ###»";
  private static final SeenElement SUPPLIER =
      new SeenElement("link", "Visma Software International AS Org.nr. 980 858 073", 0, false);
  private static final SeenElement SPINNER = new SeenElement("img", "Laster inn", 0, false);

  private final PageRecorder recorder = new PageRecorder();

  private PagePrint page() {
    assertThat(recorder.pages()).hasSize(1);
    return recorder.pages().get(0);
  }

  @Test
  void aLookThatFoundItsElementReliesOnIt() {
    recorder.looked(PAGE, LINK, List.of(SUPPLIER));

    assertThat(page().elements())
        .containsExactly(
            new ElementPrint(
                "link", "Visma Software International AS Org.nr. ### ### ###", true, LINK_PRINTED));
    assertThat(page().absent()).isEmpty();
  }

  @Test
  void aLookThatFoundNothingIsKeptAsAbsentAndThePageCountsAsVisited() {
    recorder.looked(PAGE, LINK, List.of());

    assertThat(recorder.isEmpty()).isFalse();
    assertThat(page().page()).isEqualTo(PAGE);
    assertThat(page().elements()).isEmpty();
    assertThat(page().absent()).containsExactly(LINK_PRINTED);
  }

  @Test
  void aWaitThatLooksUntilTheElementShowsCountsAsFound() {
    recorder.looked(PAGE, LINK, List.of());
    recorder.looked(PAGE, LINK, List.of());
    recorder.looked(PAGE, LINK, List.of(SUPPLIER));

    assertThat(page().absent()).isEmpty();
    assertThat(page().elements())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reliedOn()).isTrue();
              assertThat(e.expected()).isEqualTo(LINK_PRINTED);
            });
  }

  @Test
  void whatShowedForAMomentAndWentAwayCountsAsNeither() {
    recorder.looked(PAGE, "bildet «Laster inn»", List.of(SPINNER));
    recorder.looked(PAGE, "bildet «Laster inn»", List.of());

    assertThat(page().elements()).isEmpty();
    assertThat(page().absent()).isEmpty();
  }

  @Test
  void whatTheRobotFoundAndActedOnCountsAsFoundEvenIfALookMissedIt() {
    String remove = "knappen «Slett fullmakt for Digital post til innbyggere»";
    SeenElement button = new SeenElement("button", "Slett fullmakt for Digital post", 0, false);
    recorder.looked(PAGE, remove, List.of());
    recorder.reliedOn(PAGE, button, remove);

    assertThat(page().absent()).isEmpty();
    assertThat(page().elements())
        .singleElement()
        .extracting(ElementPrint::reliedOn)
        .isEqualTo(true);
  }

  @Test
  void looksOnAnotherPageAreThatPagesOwn() {
    recorder.looked(PAGE, LINK, List.of(SUPPLIER));
    recorder.looked("/accessmanagement/ui/maskinporten/supplier/#########", LINK, List.of());

    List<PagePrint> pages = recorder.pages();

    assertThat(pages)
        .extracting(PagePrint::absent)
        .containsExactly(List.of(), List.of(LINK_PRINTED));
  }

  @Test
  void dataInWhatTheRobotLookedForBecomesAPlaceholder() {
    recorder.looked(PAGE, "dialogen «Hvilke API vil du gi Visma AS fullmakt til?»", List.of());

    List<PagePrint> general =
        PageRecorder.generalised(recorder.pages(), s -> s.replace("Visma AS", "{leverandør}"));

    assertThat(general.get(0).absent())
        .containsExactly("dialogen «Hvilke API vil du gi {leverandør} fullmakt til?»");
  }
}
