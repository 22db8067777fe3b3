import { t } from './texts.js';
import { overviewPage } from './views/overview-page.js';
import { maskinportenPage } from './views/maskinporten-page.js';
import { supplierPage } from './views/supplier-page.js';
import { noAccessPage } from './views/no-access-page.js';
import { placeholderPage } from './views/placeholder-page.js';
import { notFoundPage } from './views/not-found-page.js';
import { usersPage } from './views/users-page.js';
import { userPage } from './views/user-page.js';

function requiresMaskinporten(view) {
  return (main, context, ...params) =>
    context.profile.maskinportenAdministrator ? view(main, context, ...params) : noAccessPage(main, context);
}

function placeholder(title) {
  return (main, context) => placeholderPage(main, context, title);
}

const s = t.sidebar;

export const routes = [
  { pattern: /^\/?$/, view: overviewPage },
  { pattern: /^\/maskinporten\/?$/, view: requiresMaskinporten(maskinportenPage) },
  { pattern: /^\/maskinporten\/supplier\/([^/]+)\/?$/, view: requiresMaskinporten(supplierPage) },
  { pattern: /^\/users\/?$/, view: usersPage },
  { pattern: /^\/users\/([^/]+)\/?$/, view: userPage },
  { pattern: /^\/requests\/?$/, view: placeholder(s.requests) },
  { pattern: /^\/poa-overview\/?$/, view: placeholder(s.powersOfAttorney) },
  { pattern: /^\/reportees\/?$/, view: placeholder(s.powersFromOthers) },
  { pattern: /^\/consent\/?$/, view: placeholder(s.consents) },
  { pattern: /^\/clientadministration\/?$/, view: placeholder(s.clients) },
  { pattern: /^\/systemuser\/overview\/?$/, view: placeholder(s.systemAccess) },
  { pattern: /^\/settings\/?$/, view: placeholder(s.settings) },
  { pattern: /^\/help\/?$/, view: placeholder(s.helpPages) },
  { pattern: /^\/nyheter\/?$/, view: placeholder(t.statusBannerLink) },
  { pattern: /^\/info\/[^/]+\/?$/, view: placeholder('Altinn') },
  { pattern: /.*/, view: notFoundPage },
];
