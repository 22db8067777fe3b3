// The single-page app's routes, under the same base path as am.ui.tt02.altinn.no.

export const BASE = '/accessmanagement/ui';

export const paths = {
  overview: BASE,
  requests: `${BASE}/requests`,
  users: `${BASE}/users`,
  user: (id) => `${BASE}/users/${encodeURIComponent(id)}`,
  powersOfAttorney: `${BASE}/poa-overview`,
  powersFromOthers: `${BASE}/reportees`,
  consents: `${BASE}/consent`,
  clients: `${BASE}/clientadministration`,
  maskinporten: `${BASE}/maskinporten`,
  suppliers: `${BASE}/maskinporten#suppliers`,
  supplier: (orgnr) => `${BASE}/maskinporten/supplier/${encodeURIComponent(orgnr)}`,
  consumer: (orgnr) => `${BASE}/maskinporten/consumer/${encodeURIComponent(orgnr)}`,
  systemAccess: `${BASE}/systemuser/overview`,
  settings: `${BASE}/settings`,
  help: `${BASE}/help`,
  news: `${BASE}/nyheter`,
  info: (slug) => `${BASE}/info/${slug}`,
};
