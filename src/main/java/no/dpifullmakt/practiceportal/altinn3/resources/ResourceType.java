package no.dpifullmakt.practiceportal.altinn3.resources;

/** The kinds of resources in Altinn's resource registry that the practice portal knows. */
public enum ResourceType {
  /** An API protected by Maskinporten scopes: delegated in "Maskinportenadministrasjon". */
  MaskinportenSchema,
  /** An Altinn 3 app (a form). */
  AltinnApp,
  /** A service owner's own resource, delegated as a single right. */
  GenericAccessResource,
  /** An Altinn 2 service migrated into the resource registry. */
  Altinn2Service
}
