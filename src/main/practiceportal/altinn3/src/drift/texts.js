// Changes that only rename something: they rewrite the texts of the page's language before
// anything is drawn. app.js imports this module first, so every view reads the changed texts.
// Bokmål is as it always was; nynorsk and English get the same renames in their own words.

import { t, language } from '../texts.js';
import { changed } from '../practice-settings.js';

/** The renamed texts, per language. */
const renames = {
  nb: {
    addSupplier: 'Ny leverandør',
    suppliersTab: 'Leverandørar',
    notFound: 'Organisasjonsnummeret finnes ikke i Enhetsregisteret.',
    operationsLink: ['Driftsmeldinger', 'Driftsstatus'],
    statusBannerLink: 'Les mer om nye Altinn.',
    remove: 'Fjern fullmakt',
    removeFor: (title) => `Fjern fullmakt for ${title}`,
    orgnrLine: (grouped) => `Organisasjonsnummer: ${grouped}`,
  },
  nn: {
    addSupplier: 'Ny leverandør',
    suppliersTab: 'Leverandørane',
    notFound: 'Organisasjonsnummeret finst ikkje i Einingsregisteret.',
    operationsLink: ['Driftsmeldingar', 'Driftsstatus'],
    statusBannerLink: 'Les meir om nye Altinn.',
    remove: 'Fjern fullmakt',
    removeFor: (title) => `Fjern fullmakt for ${title}`,
    orgnrLine: (grouped) => `Organisasjonsnummer: ${grouped}`,
  },
  en: {
    addSupplier: 'New supplier',
    suppliersTab: 'Vendors',
    notFound: 'The organization number does not exist in the Central Coordinating Register.',
    operationsLink: ['Service messages', 'Service status'],
    statusBannerLink: 'Read more about the new Altinn.',
    remove: 'Remove power of attorney',
    removeFor: (title) => `Remove power of attorney for ${title}`,
    orgnrLine: (grouped) => `Organization number: ${grouped}`,
  },
}[language];

if (changed('a3-knapp-omdopt')) {
  t.maskinporten.addSupplier = renames.addSupplier;
}
if (changed('a3-fane-omdopt')) {
  t.maskinporten.suppliersTab = renames.suppliersTab;
}
if (changed('a3-feiltekst-endret')) {
  t.lookup.notFound = renames.notFound;
}
if (changed('a3-kosmetisk')) {
  const [before, after] = renames.operationsLink;
  t.footer.links = t.footer.links.map((text) => (text === before ? after : text));
  t.statusBannerLink = renames.statusBannerLink;
}
if (changed('a3-slett-omdopt')) {
  t.supplier.remove = renames.remove;
  t.supplier.removeFor = renames.removeFor;
}
if (changed('a3-orgnr-omdopt')) {
  t.maskinporten.orgnrLine = renames.orgnrLine;
}

/** Texts that only changes use, per language. */
const catalogues = {
  nb: {
    confirmGiveHeading: 'Bekreft fullmakt',
    confirmGiveText: (supplier, api) => `Vil du gi ${supplier} fullmakt til ${api}?`,
    confirm: 'Bekreft',
    cancel: 'Avbryt',
    termsHeading: 'Vilkår for leverandører',
    termsCheckbox: 'Jeg bekrefter at leverandøren har databehandleravtale med virksomheten',
    termsContinue: 'Fortsett',
    inlineSearchHeading: 'Gi fullmakt til flere API',
    print: 'Skriv ut',
    tableApi: 'API',
    tableOwner: 'Tjenesteeier',
    tableActions: 'Handlinger',
    moreChoices: 'Flere valg',
    lookAlikeTitle: 'Digital post til innbyggere',
  },
  nn: {
    confirmGiveHeading: 'Stadfest fullmakt',
    confirmGiveText: (supplier, api) => `Vil du gi ${supplier} fullmakt til ${api}?`,
    confirm: 'Stadfest',
    cancel: 'Avbryt',
    termsHeading: 'Vilkår for leverandørar',
    termsCheckbox: 'Eg stadfestar at leverandøren har databehandlaravtale med verksemda',
    termsContinue: 'Hald fram',
    inlineSearchHeading: 'Gi fullmakt til fleire API',
    print: 'Skriv ut',
    tableApi: 'API',
    tableOwner: 'Tenesteeigar',
    tableActions: 'Handlingar',
    moreChoices: 'Fleire val',
    lookAlikeTitle: 'Digital post til innbyggjarar',
  },
  en: {
    confirmGiveHeading: 'Confirm power of attorney',
    confirmGiveText: (supplier, api) => `Do you want to give ${supplier} power of attorney for ${api}?`,
    confirm: 'Confirm',
    cancel: 'Cancel',
    termsHeading: 'Terms for suppliers',
    termsCheckbox: 'I confirm that the supplier has a data processing agreement with the organization',
    termsContinue: 'Continue',
    inlineSearchHeading: 'Give power of attorney for more APIs',
    print: 'Print',
    tableApi: 'API',
    tableOwner: 'Service owner',
    tableActions: 'Actions',
    moreChoices: 'More choices',
    lookAlikeTitle: 'Digital mail to residents',
  },
};

export const driftTexts = catalogues[language];
