// The bokmål texts of the practice portal, in one place like Altinn's localisation file.
// Functions take the values a text needs.

const SHY = '\u00AD';

export const t = {
  practiceNote: 'Øvingsportal – ikke Altinn. Alle personer og virksomheter er oppdiktet.',
  statusBanner: 'Altinn er fornyet.',
  statusBannerLink: 'Slik gir du nye fullmakter og tilganger.',
  mainNavigation: 'hovednavigasjon',
  menu: 'Meny',
  changeActor: 'Bytt aktør',
  logOut: 'Logg ut',
  loading: 'Laster inn',
  breadcrumbs: 'Brødsmulesti',
  start: 'Start',
  accessManagement: 'Tilgangsstyring',
  sidebar: {
    label: 'Sidebar',
    requests: 'Forespørsler',
    users: 'Brukere',
    powersOfAttorney: 'Fullmakter',
    powersFromOthers: 'Fullmakter hos andre',
    consents: 'Samtykke- og fullmaktsavtaler',
    clients: 'Klientadministrasjon',
    maskinporten: `Maskinporten${SHY}administrasjon`,
    systemAccess: 'Systemtilganger',
    settings: 'Innstillinger',
    shortcuts: 'Snarveier',
    helpPages: 'Hjelpesider',
  },
  footer: {
    links: ['Hjelp og kontakt', 'Om Altinn', 'Driftsmeldinger', 'Personvern', 'Tilgjengelighet'],
    addressLines: ['Digitaliseringsdirektoratet,', 'Postboks 1382 Vika, 0114 Oslo. Org.nr. 991 825 827'],
  },
  notInPracticePortal: 'Denne delen av Tilgangsstyring finnes ikke i øvingsportalen.',
  notFoundHeading: 'Fant ikke siden',
  notFoundText: 'Siden du leter etter, finnes ikke. Sjekk at adressen er riktig.',
  noAccessHeading: 'Du har ikke tilgang til denne siden',
  noAccessText: (actor) =>
    `For å administrere Maskinporten for ${actor} må du ha tilgangspakken «Maskinporten administrator». Be en tilgangsstyrer i virksomheten om å gi deg tilgang.`,
  genericError: 'Noe gikk galt. Prøv igjen senere.',
  overviewHeading: (actor) => `Tilgangsstyring for ${actor}`,
  overviewText: 'Her styrer du hvem som kan gjøre hva på vegne av virksomheten.',

  maskinporten: {
    breadcrumb: 'Maskinportenadministrasjon',
    supplierBreadcrumb: 'Maskinporten – Leverandører',
    heading: (actor) => `Maskinporten${SHY}administrasjon for ${actor}`,
    orgLine: (grouped, unitType) => `org.nr. ${grouped} (${unitType})`,
    tabsLabel: 'Maskinportenadministrasjon',
    suppliersTab: 'Leverandører',
    consumersTab: 'Konsumenter',
    suppliersIntro: (actor) => `Virksomheter som har mottatt fullmakt fra ${actor}.`,
    suppliersHelpButton: 'Hva er en leverandør?',
    suppliersHelp:
      'En leverandør er en virksomhet, for eksempel en systemleverandør, som får bruke API på vegne av virksomheten din gjennom Maskinporten.',
    search: 'Søk',
    addSupplier: 'Legg til leverandør',
    noSuppliers: 'Ingen leverandører er lagt til ennå.',
    noSupplierHits: 'Ingen leverandører passer til søket.',
    orgnrLine: (grouped) => `Org.nr. ${grouped}`,
    consumersIntro: (actor) => `Virksomheter som har gitt ${actor} fullmakt til API.`,
    noConsumers: (actor) => `Ingen virksomheter har gitt ${actor} fullmakt til API ennå.`,
  },

  addSupplierDialog: {
    heading: 'Legg til leverandør',
    close: 'Lukk dialogvindu',
    orgnrLabel: 'Organisasjonsnummer',
    youAreAdding: 'Du legger til:',
    submit: 'Legg til virksomhet',
  },

  lookup: {
    notFound:
      'Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at informasjonen er korrekt.',
    ownNumber: 'Du kan ikke gi tilgang til eget organisasjonsnummer',
    ownNumberHelpApi: 'Har ikke din virksomhet tilgang, ta kontakt med tilbyder av API-et du skal gi tilgang til.',
    ownNumberHelpUser: 'Virksomheten har allerede tilgang til sine egne tjenester.',
    lockedOut: 'Du er blitt sperret på grunn av for mange feil forsøk. Du kan prøve igjen om en time.',
  },

  supplier: {
    back: 'Tilbake',
    deleteSupplier: 'Slett leverandør',
    forActor: (actor) => `for ${actor}`,
    count: (n) => `Fullmakt til ${n} API`,
    empty: 'Ingen fullmakter er lagt til ennå.',
    noHits: 'Ingen API passer til søket.',
    searchApi: 'Søk etter API',
    filterOwner: 'Filtrer på tjenesteeier',
    filterLegend: 'Tjenesteeier',
    clearFilter: 'Fjern filter',
    give: 'Gi fullmakt',
    remove: 'Slett fullmakt',
    forApi: (title) => ` for ${title}`,
    scopes: (n) => `${n} scopes`,
    ownerLabel: 'Tjenesteeier',
    scopesLabel: 'Scopes',
    rightLabel: 'Hva fullmakten gir',
    notFoundHeading: 'Fant ikke leverandøren',
    notFoundText: 'Virksomheten er ikke leverandør for denne aktøren. Den kan ha blitt slettet.',
    confirmDeleteHeading: (name) => `Vil du slette ${name} som leverandør?`,
    confirmDeleteText: (actor) =>
      `Leverandøren mister alle fullmakter til API som den har fått fra ${actor}.`,
    cancel: 'Avbryt',
    deletedToast: (name) => `${name} er slettet som leverandør.`,
    removedToast: (supplier, api) => `${supplier} har ikke lenger fullmakt til ${api}.`,
  },

  giveDialog: {
    heading: (supplier) => `Hvilke API vil du gi ${supplier} fullmakt til?`,
    close: 'Lukk',
    clearSearch: 'Tøm søk',
    hits: (n) => `${n} treff på søket:`,
    givenToast: (supplier, api) => `${supplier} har nå fått fullmakt til ${api}.`,
  },

  toastClose: 'Lukk varsel',
};
