// The nynorsk texts, with the same keys as texts-nb.js. The strings of altinn-ui.md § 8 are copied
// from there; those marked "assumed" are not in altinn-ui.md § 8 but agreed in docs/altinn3-sprak.md (not
// in altinn-ui.md § 8; assumed); the rest is the practice portal's own translation. Component
// defaults that Altinn never translates ("Lukk dialogvindu", "close", "Breadcrumbs", "Sidebar")
// stay as in bokmål.

const SHY = '\u00AD';

export const nn = {
  practiceNote: 'Øvingsportal – ikke Altinn. Alle personer og virksomheter er oppdiktet.',
  altinn: 'Altinn',
  skipLink: 'Hopp til hovudinnhaldet', // assumed
  statusBanner: 'Altinn er fornya.', // assumed
  statusBannerLink: 'Slik gir du nye fullmakter og tilgangar.', // assumed
  // The global menu's way back from the language choice.
  menuBack: 'Tilbake',
  menu: 'Meny',
  chooseLanguage: 'Vel språk',
  languageNames: { nb: 'Norsk (bokmål)', nn: 'Norsk (nynorsk)', en: 'English' },
  changeActor: 'Byt aktør',
  logOut: 'Logg ut',
  loading: 'Lastar inn',
  spinner: 'Lastar',
  success: 'Fullført',
  start: 'Start', // assumed
  accessManagement: 'Tilgangsstyring',
  sidebar: {
    label: 'Sidebar',
    requests: 'Førespurnader',
    users: 'Brukarar',
    powersOfAttorney: 'Fullmakter',
    powersFromOthers: 'Fullmakter hos andre',
    consents: 'Samtykke- og fullmaktsavtalar',
    clients: 'Klientadministrasjon',
    maskinporten: `Maskinporten${SHY}administrasjon`,
    systemAccess: 'Systemtilgangar',
    settings: 'Innstillingar',
    shortcuts: 'Snarvegar',
    helpPages: 'Hjelpesider',
  },
  footer: {
    links: ['Hjelp og kontakt', 'Om Altinn', 'Driftsmeldingar', 'Personvern', 'Tilgjengelegheit'],
    addressLines: ['Digitaliseringsdirektoratet,', 'Postboks 1382 Vika, 0114 Oslo. Org.nr. 991 825 827'],
  },
  notInPracticePortal: 'Denne delen av Tilgangsstyring finst ikkje i øvingsportalen.',
  notFoundHeading: 'Fann ikkje sida',
  notFoundText: 'Sida du leitar etter, finst ikkje. Sjekk at adressa er rett.',
  noAccessHeading: 'Du har ikkje tilgang til denne sida',
  bootError: 'Beklagar, men det har skjedd ein feil', // assumed
  genericError: 'Noko gjekk gale. Prøv igjen seinare.',
  overviewHeading: (actor) => `Tilgangsstyring for ${actor}`,
  overviewText: 'Her styrer du kven som kan gjere kva på vegner av verksemda.',
  orgnrShort: (grouped) => `Org.nr. ${grouped}`,
  skeletonTexts: ['xxxxxxxx xxxxxxxxxx', 'xx xxxxxxxx xxx xx', 'xxxxxxxxxx xxxxx', 'xxxxxx xxxxxxxxxx xx', 'xxxxxxxx xxx xxxxx'],
  skeletonApi: 'xxxxxxxxxxxxxxxxxxxx',
  skeletonScopes: 'xx xxxxxx',

  errors: {
    generalHeading: 'Beklagar, men det har skjedd ein feil', // assumed
    generalParagraph: 'Vi klarer ikkje å hente informasjonen du ser etter akkurat no.', // assumed
    // "Det har skjedd ein teknisk feil." assumed
    technical:
      'Det har skjedd ein teknisk feil. Prøv igjen eller ta kontakt med Altinn brukarservice dersom problemet held fram.',
    whenAndStatus: (time, status) => `Tidspunkt feilen oppstod: ${time} - HttpStatus: ${status}`,
    somethingWentWrong: 'Oi! Noko gjekk gale', // "Noko gjekk gale" assumed
  },


  maskinporten: {
    documentTitle: 'Maskinportenadministrasjon - Altinn',
    supplierBreadcrumb: 'Maskinporten – Leverandørar', // assumed
    heading: (actor) => `Maskinporten${SHY}administrasjon for ${actor}`,
    // The profile says "hovedenhet" for a main unit; the line says it in nynorsk (assumed).
    orgLine: (grouped, unitType) => (unitType ? `org.nr. ${grouped} (hovudeining)` : `org.nr. ${grouped}`),
    suppliersTab: 'Leverandørar',
    consumersTab: 'Konsumentar',
    suppliersIntro: (actor) => `Verksemder som har motteke fullmakt frå ${actor}.`,
    suppliersInfoButton: 'Informasjon om leverandørar',
    suppliersInfo: [
      'Ein leverandør er ei verksemd, til dømes ein systemleverandør, som får bruke API i Maskinporten på vegner av verksemda di.',
      'For å gi leverandørar fullmakt må du ha tilgangspakken «Maskinporten administrator» og minst éin tilgangspakke i området «Integrasjonar».',
    ],
    consumersInfoButton: 'Informasjon om konsumentar',
    consumersInfo: [
      'Ein konsument er ei verksemd som har gitt verksemda di fullmakt til API i Maskinporten.',
      'Fullmaktene blir gitt og fjerna av konsumenten sjølv.',
    ],
    readMore: 'Les meir om bruk av Maskinporten',
    readMoreHref: 'https://samarbeid.digdir.no/maskinporten/maskinporten/25',
    search: 'Søk',
    addSupplier: 'Legg til leverandør',
    noSuppliers: 'Ingen leverandørar funne.',
    noHits: (query) => `Ingen treff på søket "${query}".`, // assumed
    loadError: 'Kunne ikkje laste Maskinporten-tilknytingar.',
    showMore: 'Sjå meir', // assumed
    orgnrLine: (grouped) => `Org.nr. ${grouped}`,
    consumersIntro: (actor) => `Verksemder som har gitt ${actor} fullmakt til API.`,
    noConsumers: 'Ingen konsumentar funne.',
  },

  addSupplierDialog: {
    heading: 'Legg til leverandør',
    close: 'Lukk dialogvindu',
    orgnrLabel: 'Organisasjonsnummer',
    youAreAdding: 'Du legg til:',
    submit: 'Legg til verksemd',
  },

  lookup: {
    notFound: 'Fant ingen organisasjon med dette organisasjonsnummeret. Sjekk at informasjonen er korrekt.',
    ownNumber: 'Du kan ikkje gi tilgang til eige organisasjonsnummer',
    ownNumberHelpApi: 'Har ikkje verksemda di tilgang, ta kontakt med tilbydaren av API-et du skal gi tilgang til.',
    ownNumberHelpUser: 'Verksemda har allereie tilgang til sine eigne tenester.',
    lockedOut: 'Du er blitt sperra på grunn av for mange feil forsøk. Du kan prøve igjen om ein time.',
  },

  supplier: {
    documentTitle: 'Vald leverandør - Altinn',
    back: 'Tilbake',
    backToList: 'Gå tilbake til oversikta', // assumed
    notFound: 'Vi fann ikkje leverandøren', // assumed
    deleteSupplier: 'Slett leverandør',
    forActor: (actor) => `for ${actor}`, // assumed
    count: (n) => `Fullmakt til ${n} API`,
    empty: 'Ingen fullmakter er lagde til enno.',
    loadError: 'Kunne ikkje laste fullmakter.', // assumed
    noHits: (query) => `Ingen treff på søket "${query}".`, // assumed
    searchApi: 'Søk etter API',
    clearSearch: 'Tøm søk',
    filterOwner: 'Filtrer på tenesteeigar',
    filterLegend: 'Tenesteeigar',
    give: 'Gi fullmakt',
    giveFor: (title) => `Gi fullmakt for ${title}`,
    remove: 'Slett fullmakt', // assumed
    removeFor: (title) => `Slett fullmakt for ${title}`,
    scopes: (n) => `${n} scopes`, // assumed
    deleteHeading: 'Slett leverandør',
    deleteText: (name) =>
      `Er du sikker på at du vil fjerne ${name} som leverandør? Alle delegerte ressursar vil òg bli fjerna.`,
    cancel: 'Avbryt',
    deleted: (name) => `${name} er fjerna som leverandør.`,
    deleteFailed: (name) => `Kunne ikkje fjerne ${name} som leverandør.`, // prefix assumed
    removed: (api, name) => `Fullmakta til ${api} er fjerna frå ${name}.`,
    removeFailed: (api) => `Kunne ikkje slette fullmakt til ${api}.`, // prefix assumed
  },

  giveDialog: {
    heading: (supplier) => `Kva API vil du gi ${supplier} fullmakt til?`,
    description: 'Sjå og rediger fullmakter',
    close: 'Lukk',
    hits: (n) => `${n} treff på søket:`,
    noHits: (query) => `Ingen treff på søket "${query}".`, // assumed
    noScopes: 'Ingen scopes funne for denne tenesta.', // assumed
    given: (supplier, api) => `${supplier} har no fått fullmakt til ${api}.`,
    page: (n) => `Side ${n}`, // assumed
    previousPage: 'Førre',
    nextPage: 'Neste',
  },

  details: {
    back: 'Tilbake',
    scopesHeading: 'Scopes', // assumed
    hasIt: (supplier) => `${supplier} har denne fullmakta.`,
    cannotGive: 'Du kan ikkje gi denne fullmakta.',
    refusedHeading: 'Du kan ikkje gi fullmakt til denne tenesta', // assumed
    refusedText: 'Du får ikkje gitt denne fullmakta til andre fordi du manglar tilgang til ho sjølv.',
    checkFailedHeading: 'Noko gjekk gale', // assumed
    giveFailed: 'Kunne ikkje gi fullmakt', // assumed
    removeFailed: 'Kunne ikkje slette fullmakt', // assumed
  },

  users: {
    heading: 'Brukarar',
    intro: (actor) => `Personar og verksemder som har rettar hos ${actor}.`,
    noAccessText: (actor) =>
      `For å gi andre fullmakter for ${actor} må du vere dagleg leiar eller tilgangsstyrar.`,
    search: 'Søk etter brukar',
    newUser: 'Ny brukar',
    noHits: 'Ingen brukarar passar til søket.',
    newUserHeading: 'Legg til ny person eller verksemd',
    personTab: 'Person',
    organisationTab: 'Verksemd',
    pidLabel: 'Fødselsnummer',
    lastNameLabel: 'Etternamn',
    addPerson: 'Legg til person',
    unknownPerson: 'Fann ingen person med dette fødselsnummeret og etternamnet. Sjekk at informasjonen er korrekt.',
    back: 'Tilbake',
    forActor: (actor) => `for ${actor}`,
    accessPackagesTab: 'Tilgangspakkar',
    singleRightsTab: 'Enkelttenester',
    sharedTab: 'Delt frå innboks',
    rolesTab: 'Roller',
    noAccessPackages: 'Ingen tilgangspakkar er gitt.',
    noShared: 'Ingen element er delte frå innboksen.',
    noRoles: 'Ingen roller.',
    singleRightsCount: (n) => `Fullmakt til ${n} enkelttenester`,
    noSingleRights: 'Ingen enkelttenester er gitt enno.',
    searchServices: 'Søk etter tenester',
    giveHeading: (name) => `Gi ${name} fullmakt til ny teneste`,
    showExpired: 'Vis utgåtte tenester',
    expired: 'Utgått',
    givenToast: (name, service) => `${name} har no fått fullmakt til ${service}.`,
    removedToast: (name, service) => `${name} har ikkje lenger fullmakt til ${service}.`,
    notFoundHeading: 'Fann ikkje brukaren',
  },
};
