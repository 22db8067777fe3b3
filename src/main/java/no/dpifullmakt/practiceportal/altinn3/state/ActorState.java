package no.dpifullmakt.practiceportal.altinn3.state;

/** What one acting organisation has given in Altinn 3. */
public final class ActorState {

  private final SupplierBook suppliers = new SupplierBook();
  private final RightHolderBook users = new RightHolderBook();

  public SupplierBook suppliers() {
    return suppliers;
  }

  public RightHolderBook users() {
    return users;
  }

  public void clear() {
    suppliers.clear();
    users.clear();
  }
}
