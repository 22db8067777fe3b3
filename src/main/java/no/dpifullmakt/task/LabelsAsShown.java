package no.dpifullmakt.task;

import java.util.HashMap;
import java.util.Map;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.Interaction;
import no.dpifullmakt.web.InteractionObserver;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import org.openqa.selenium.WebElement;

/**
 * The feature files tell the procedure with bokmål labels. When Altinn shows its screens in another
 * language, each step's notes say what the robot pressed or filled in as the screen named it: «På
 * skjermen (engelsk): knappen «Add supplier»».
 */
final class LabelsAsShown implements InteractionObserver {

  private final StepNotes notes;
  private final Map<Target, AccessibleElement> found = new HashMap<>();
  private ScreenLanguage language = ScreenLanguage.BOKMAL;

  LabelsAsShown(StepNotes notes) {
    this.notes = notes;
  }

  void screenLanguage(ScreenLanguage language) {
    this.language = language;
  }

  @Override
  public void found(Target target, AccessibleElement element) {
    if (language != ScreenLanguage.BOKMAL) {
      found.put(target, element);
    }
  }

  @Override
  public void afterInteraction(Interaction interaction, WebElement element) {
    AccessibleElement seen = found.remove(interaction.target());
    if (language == ScreenLanguage.BOKMAL
        || seen == null
        || seen.name().isEmpty()
        || interaction.kind() == Interaction.Kind.PRESS_ENTER) {
      return;
    }
    String role = Role.fromAria(seen.role()).map(Role::norwegian).orElse(seen.role());
    notes.add("På skjermen (" + language.norwegianName() + "): " + role + " «" + seen.name() + "»");
  }
}
