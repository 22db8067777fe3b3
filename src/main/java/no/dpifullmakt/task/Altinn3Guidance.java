package no.dpifullmakt.task;

/** Why each step of today's procedure is needed, for the person watching in assisted mode. */
final class Altinn3Guidance {

  static final String MASKINPORTEN =
      "DPI er et API i Maskinporten; fullmakter til API gis under Maskinportenadministrasjon.";
  static final String SEARCH_SUPPLIER =
      "Lista viser bare noen leverandører om gangen; søket finner den på organisasjonsnummeret.";
  static final String FIND_SUPPLIER =
      "Står leverandøren allerede i listen, skal den ikke legges til på nytt.";
  static final String ADD = "Leverandøren må legges til før den kan få fullmakt.";
  static final String ORGNR = "Altinn slår opp organisasjonsnummeret i Enhetsregisteret.";
  static final String NAME =
      "Navnet Altinn fant, må stemme med leverandøren du mener – vern mot skrivefeil.";
  static final String ADD_ORGANISATION = "Nå legges leverandøren til.";
  static final String GIVE =
      "Her ser du hvilke API leverandøren har fullmakt til, og velger hvilke den skal få.";
  static final String SEARCH =
      "Søket på digitalpostinnbygger:send, den tekniske tilgangen til digital post til"
          + " innbyggere, finner akkurat det API-et.";
  static final String IDENTIFY =
      "Flere API kan ha like titler. Det er tilgangen som står under «Scopes», som viser at det"
          + " er API-et for digital post til innbyggere.";
  static final String GIVE_API = "Nå gis fullmakten i Altinn.";
  static final String CLOSE = "Dialogen lukkes, og siden viser leverandørens fullmakter.";
  static final String REVOKE = "Nå fjernes fullmakten i Altinn.";
  static final String DELETE_SUPPLIER =
      "Uten fullmakter trenger ikke virksomheten å stå som leverandør.";

  private Altinn3Guidance() {}
}
