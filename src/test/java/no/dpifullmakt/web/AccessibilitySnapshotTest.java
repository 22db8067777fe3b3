package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/** The snapshot's names must be the browser's own accessible names. */
class AccessibilitySnapshotTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  @BeforeAll
  static void openPage() {
    String page =
        Objects.requireNonNull(AccessibilitySnapshotTest.class.getResource("names.html"))
            .toString();
    browser.driver().navigate().to(page);
  }

  @Test
  void namesAgreeWithTheBrowsersComputedNames() {
    List<AccessibleElement> elements = AccessibilitySnapshot.take(browser.driver(), null);
    assertThat(elements).isNotEmpty();
    for (AccessibleElement element : elements) {
      if (Role.fromAria(element.role()).map(Role::interactive).orElse(false)
          || element.role().equals("heading")) {
        String browserName = AccessibleText.normalise(element.element().getAccessibleName());
        assertThat(element.name())
            .as("navn på %s", element.seen().describe())
            .isEqualTo(browserName);
      }
    }
  }

  @Test
  void softHyphensAndHiddenTextAreHandledAsAPersonReads() {
    List<String> names =
        AccessibilitySnapshot.take(browser.driver(), null).stream()
            .map(e -> e.role() + ":" + e.name())
            .toList();
    assertThat(names)
        .contains(
            "heading:Maskinportenadministrasjon for Levende Kunstig Ape",
            "link:Maskinportenadministrasjon",
            "link:Andre med rettigheter til virksomheten",
            "button:Legge til ny person eller virksomhet",
            "button:Lukk",
            "textbox:Org.nr.:",
            "textbox:Navn:",
            "searchbox:Søk",
            "textbox:Bare plassholder",
            "tab:Leverandører",
            "link:Testleverandor AS Org.nr. 312 605 031",
            "button:Gi fullmakt for Digital post til innbyggere",
            "menuitem:FJORDVIK KOMMUNE Org.nr. 315 260 183",
            "button:+ Legg til",
            "button:Neste")
        .doesNotContain("button:Skjult", "button:Gjemt for skjermleser");
  }

  @Test
  void lookingForSomeRolesFindsWhatFilteringAllWouldKeep() {
    for (List<String> roles : List.of(List.of("button"), List.of("alert", "status", "link"))) {
      List<SeenElement> all =
          AccessibilitySnapshot.take(browser.driver(), null).stream()
              .filter(e -> roles.contains(e.role()))
              .map(AccessibleElement::seen)
              .toList();
      List<SeenElement> some =
          AccessibilitySnapshot.take(browser.driver(), null, roles).stream()
              .map(AccessibleElement::seen)
              .toList();
      assertThat(some).as("roller %s", roles).isNotEmpty().isEqualTo(all);
    }
  }

  @Test
  void disabledElementsAreMarked() {
    assertThat(AccessibilitySnapshot.take(browser.driver(), null))
        .filteredOn(e -> e.name().equals("Legg til virksomhet"))
        .singleElement()
        .matches(AccessibleElement::disabled);
  }

  @Test
  void theLookBeforeAnActionTellsWhatMovesAndSeesTheWholePage() {
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    page.executeScript(
        "const still = document.createElement('button'); still.textContent = 'Står stille';"
            + "const sliding = document.createElement('button'); sliding.textContent = 'Glir inn';"
            + "sliding.style.transition = 'transform 5s linear';"
            + "still.className = sliding.className = 'bevegelsestest';"
            + "document.body.append(still, sliding); sliding.getBoundingClientRect();"
            + "sliding.style.transform = 'translateX(300px)';");
    try {
      AccessibilitySnapshot.BeforeAction look =
          AccessibilitySnapshot.takeBeforeAction(browser.driver(), null, List.of("button"));

      assertThat(look.elements())
          .filteredOn(e -> look.moving().contains(e.element()))
          .extracting(AccessibleElement::name)
          .containsExactly("Glir inn");
      assertThat(look.elements()).extracting(AccessibleElement::name).contains("Står stille");
      assertThat(look.page())
          .extracting(e -> e.role() + ":" + e.name())
          .contains(
              "heading:Maskinportenadministrasjon for Levende Kunstig Ape",
              "button:Står stille",
              "textbox:Org.nr.:");
      assertThat(look.address()).isEqualTo(browser.driver().getCurrentUrl());
    } finally {
      page.executeScript("document.querySelectorAll('.bevegelsestest').forEach(b => b.remove());");
    }
  }
}
