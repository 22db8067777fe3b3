// Changes that only rename something: they rewrite the bokmål texts before anything is drawn.
// app.js imports this module first, so every view reads the changed texts.

import { t } from '../texts.js';
import { changed } from '../practice-settings.js';

if (changed('a3-knapp-omdopt')) {
  t.maskinporten.addSupplier = 'Ny leverandør';
}
if (changed('a3-fane-omdopt')) {
  t.maskinporten.suppliersTab = 'Leverandørar';
}
if (changed('a3-feiltekst-endret')) {
  t.lookup.notFound = 'Organisasjonsnummeret finnes ikke i Enhetsregisteret.';
}
if (changed('a3-kosmetisk')) {
  t.footer.links = t.footer.links.map((text) => (text === 'Driftsmeldinger' ? 'Driftsstatus' : text));
  t.statusBannerLink = 'Les mer om nye Altinn.';
}
if (changed('a3-slett-omdopt')) {
  t.supplier.remove = 'Fjern fullmakt';
  t.supplier.removeFor = (title) => `Fjern fullmakt for ${title}`;
}
if (changed('a3-orgnr-omdopt')) {
  t.maskinporten.orgnrLine = (grouped) => `Organisasjonsnummer: ${grouped}`;
}

/** Texts that only changes use. */
export const driftTexts = {
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
};
