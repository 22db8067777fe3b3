package no.dpifullmakt.practiceportal.altinn3.state;

/** What one acting organisation has given in Altinn 3. */
public final class ActorState {

  private final SupplierBook suppliers = new SupplierBook();

  public SupplierBook suppliers() {
    return suppliers;
  }

  public void clear() {
    suppliers.clear();
  }
}
