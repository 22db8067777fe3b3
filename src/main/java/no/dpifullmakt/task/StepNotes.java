package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes the robot makes during a scenario that the person must read, such as "allerede gitt –
 * hopper over". The step layer passes them on to the report and the terminal.
 */
public final class StepNotes {

  private final List<String> pending = new ArrayList<>();

  public void add(String norwegianNote) {
    pending.add(norwegianNote);
  }

  /** The notes since the last call, oldest first. */
  public List<String> drain() {
    List<String> notes = List.copyOf(pending);
    pending.clear();
    return notes;
  }
}
