package no.dpifullmakt.web;

/** The portal answered the robot's input with an error message, which is quoted here. */
public class PortalRefusedException extends RuntimeException {

  private final String portalMessage;

  public PortalRefusedException(String whatWasTried, String portalMessage) {
    super(whatWasTried + " Altinn svarte: «" + portalMessage + "»");
    this.portalMessage = portalMessage;
  }

  /** Altinn's own words. */
  public String portalMessage() {
    return portalMessage;
  }
}
