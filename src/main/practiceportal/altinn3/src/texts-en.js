// The English texts, with the same keys as texts-nb.js. The strings of altinn-ui.md § 8 are copied
// from there; those marked "assumed" are not in altinn-ui.md § 8 but agreed in docs/altinn3-sprak.md (not
// in altinn-ui.md § 8; assumed); the rest is the practice portal's own translation. Component
// defaults that Altinn never translates ("Lukk dialogvindu", "close", "Breadcrumbs", "Sidebar")
// stay as in bokmål.

export const en = {
  practiceNote: 'Øvingsportal – ikke Altinn. Alle personer og virksomheter er oppdiktet.',
  altinn: 'Altinn',
  skipLink: 'Skip to main content', // assumed
  statusBanner: 'Altinn has been renewed.', // assumed
  statusBannerLink: 'This is how you give new powers of attorney and access.', // assumed
  // The global menu's way back from the language choice.
  menuBack: 'Back',
  menu: 'Menu',
  chooseLanguage: 'Choose language',
  languageNames: { nb: 'Norsk (bokmål)', nn: 'Norsk (nynorsk)', en: 'English' },
  changeActor: 'Change actor',
  logOut: 'Log out',
  loading: 'Loading',
  spinner: 'Loading',
  success: 'Completed',
  start: 'Start', // assumed
  accessManagement: 'Access management',
  sidebar: {
    label: 'Sidebar',
    requests: 'Requests',
    users: 'Users',
    powersOfAttorney: 'Powers of attorney',
    powersFromOthers: 'Powers of attorney from others',
    consents: 'Consent and power of attorney agreements',
    clients: 'Client administration',
    maskinporten: 'Maskinporten administration',
    systemAccess: 'System access',
    settings: 'Settings',
    shortcuts: 'Shortcuts',
    helpPages: 'Help pages',
  },
  footer: {
    links: ['Help and contact', 'About Altinn', 'Service messages', 'Privacy', 'Accessibility'],
    addressLines: ['Norwegian Digitalisation Agency,', 'Postboks 1382 Vika, 0114 Oslo. Org.no. 991 825 827'],
  },
  notInPracticePortal: 'This part of Access management does not exist in the practice portal.',
  notFoundHeading: 'Page not found',
  notFoundText: 'The page you are looking for does not exist. Check that the address is correct.',
  noAccessHeading: 'You do not have access to this page',
  bootError: 'Sorry, an error has occurred', // assumed
  genericError: 'Something went wrong. Please try again later.',
  overviewHeading: (actor) => `Access management for ${actor}`,
  overviewText: 'Here you control who can do what on behalf of the organization.',
  orgnrShort: (grouped) => `Org.no. ${grouped}`,
  skeletonTexts: ['xxxxxxxx xxxxxxxxxx', 'xx xxxxxxxx xxx xx', 'xxxxxxxxxx xxxxx', 'xxxxxx xxxxxxxxxx xx', 'xxxxxxxx xxx xxxxx'],
  skeletonApi: 'xxxxxxxxxxxxxxxxxxxx',
  skeletonScopes: 'xx xxxxxx',

  errors: {
    generalHeading: 'Sorry, an error has occurred', // assumed
    generalParagraph: 'We cannot retrieve the information you are looking for right now.', // assumed
    // "A technical error has occurred." assumed
    technical:
      'A technical error has occurred. Please try again or contact Altinn user support if the problem persists.',
    whenAndStatus: (time, status) => `Time of error: ${time} - HttpStatus: ${status}`,
    somethingWentWrong: 'Oops! Something went wrong', // "Something went wrong" assumed
  },


  maskinporten: {
    documentTitle: 'Maskinporten administration - Altinn',
    supplierBreadcrumb: 'Maskinporten – Suppliers', // assumed
    heading: (actor) => `Maskinporten administration for ${actor}`,
    // The profile says "hovedenhet" for a main unit; the line says it in English (assumed).
    orgLine: (grouped, unitType) => (unitType ? `org.no. ${grouped} (main unit)` : `org.no. ${grouped}`),
    suppliersTab: 'Suppliers',
    consumersTab: 'Consumers',
    suppliersIntro: (actor) => `Organizations that have received power of attorney from ${actor}.`,
    suppliersInfoButton: 'Information about suppliers',
    suppliersInfo: [
      'A supplier is an organization, for example a system supplier, that may use APIs in Maskinporten on behalf of your organization.',
      'To give suppliers power of attorney you need the access package «Maskinporten administrator» and at least one access package in the area «Integrations».',
    ],
    consumersInfoButton: 'Information about consumers',
    consumersInfo: [
      'A consumer is an organization that has given your organization power of attorney for APIs in Maskinporten.',
      'The consumer gives and removes the powers of attorney itself.',
    ],
    readMore: 'Read more about using Maskinporten',
    readMoreHref: 'https://samarbeid.digdir.no/maskinporten/maskinporten/25',
    search: 'Search',
    addSupplier: 'Add supplier',
    noSuppliers: 'No suppliers found.',
    noHits: (query) => `No search matches "${query}".`, // assumed
    loadError: 'Could not load Maskinporten connections.',
    showMore: 'Show more', // assumed
    orgnrLine: (grouped) => `Org.no. ${grouped}`,
    consumersIntro: (actor) => `Organizations that have given ${actor} power of attorney for APIs.`,
    noConsumers: 'No consumers found.',
  },

  addSupplierDialog: {
    heading: 'Add supplier',
    close: 'Lukk dialogvindu',
    orgnrLabel: 'Organization number',
    youAreAdding: 'You will add:',
    submit: 'Add organization',
  },

  lookup: {
    notFound:
      'Did not find an organization with the given number. Please check that you entered the correct information.',
    ownNumber: 'You cannot grant access to your own organization number',
    ownNumberHelpApi: 'If your organization does not have access, contact the provider of the API you want to grant access to.',
    ownNumberHelpUser: 'The organization already has access to its own services.',
    lockedOut: 'You have been blocked due to too many failing attempts. Try again in an hour.',
  },

  supplier: {
    documentTitle: 'Selected supplier - Altinn',
    back: 'Back',
    backToList: 'Go back to the overview', // assumed
    notFound: 'We could not find the supplier', // assumed
    deleteSupplier: 'Delete supplier',
    forActor: (actor) => `for ${actor}`, // assumed
    count: (n) => `Power of attorney for ${n} APIs`,
    empty: 'No power of attorney has been added yet.',
    loadError: 'Could not load powers of attorney.', // assumed
    noHits: (query) => `No search matches "${query}".`, // assumed
    searchApi: 'Search for API',
    clearSearch: 'Clear search',
    filterOwner: 'Filter by service owner',
    filterLegend: 'Service owner',
    give: 'Give power of attorney',
    giveFor: (title) => `Give power of attorney for ${title}`,
    remove: 'Delete power of attorney', // assumed
    removeFor: (title) => `Delete power of attorney for ${title}`,
    scopes: (n) => `${n} scopes`, // assumed
    deleteHeading: 'Delete supplier',
    deleteText: (name) =>
      `Are you sure you want to remove ${name} as a supplier? All delegated resources will also be removed.`,
    cancel: 'Cancel',
    deleted: (name) => `${name} has been removed as a supplier.`,
    deleteFailed: (name) => `Could not remove ${name} as a supplier.`, // prefix assumed
    removed: (api, name) => `The power of attorney for ${api} has been removed from ${name}.`,
    removeFailed: (api) => `Could not delete power of attorney for ${api}.`, // prefix assumed
  },

  giveDialog: {
    heading: (supplier) => `Which API do you want to give ${supplier} power of attorney for?`,
    description: 'View and edit powers of attorney',
    close: 'Close',
    hits: (n) => `${n} search matches:`,
    noHits: (query) => `No search matches "${query}".`, // assumed
    noScopes: 'No scopes found for this service.', // assumed
    given: (supplier, api) => `${supplier} has been successfully granted power of attorney over ${api}.`,
    page: (n) => `Page ${n}`, // assumed
    previousPage: 'Previous',
    nextPage: 'Next',
  },

  details: {
    back: 'Back',
    scopesHeading: 'Scopes', // assumed
    hasIt: (supplier) => `${supplier} has this power of attorney.`,
    cannotGive: 'You cannot give this power of attorney.',
    refusedHeading: 'You cannot give power of attorney for this service', // assumed
    refusedText: 'You cannot give this power of attorney to others because you do not have access to it yourself.',
    checkFailedHeading: 'Something went wrong', // assumed
    giveFailed: 'Could not give power of attorney', // assumed
    removeFailed: 'Could not delete power of attorney', // assumed
  },

  users: {
    heading: 'Users',
    intro: (actor) => `People and organizations that have rights with ${actor}.`,
    noAccessText: (actor) =>
      `To give others powers of attorney for ${actor} you must be general manager or access manager.`,
    search: 'Search for user',
    newUser: 'New user',
    noHits: 'No users match the search.',
    newUserHeading: 'Add new person or organization',
    personTab: 'Person',
    organisationTab: 'Organization',
    pidLabel: 'National identity number',
    lastNameLabel: 'Last name',
    addPerson: 'Add person',
    unknownPerson:
      'Did not find a person with this national identity number and last name. Please check that the information is correct.',
    back: 'Back',
    forActor: (actor) => `for ${actor}`,
    accessPackagesTab: 'Access packages',
    singleRightsTab: 'Single services',
    sharedTab: 'Shared from inbox',
    rolesTab: 'Roles',
    noAccessPackages: 'No access packages have been given.',
    noShared: 'No elements have been shared from the inbox.',
    noRoles: 'No roles.',
    singleRightsCount: (n) => `Power of attorney for ${n} single services`,
    noSingleRights: 'No single services have been given yet.',
    searchServices: 'Search for services',
    giveHeading: (name) => `Give ${name} power of attorney for a new service`,
    showExpired: 'Show expired services',
    expired: 'Expired',
    givenToast: (name, service) => `${name} has been successfully granted power of attorney over ${service}.`,
    removedToast: (name, service) => `${name} no longer has power of attorney for ${service}.`,
    notFoundHeading: 'User not found',
  },
};
