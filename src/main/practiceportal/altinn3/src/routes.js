import { t } from './texts.js';
import { overviewPage } from './views/overview-page.js';
import { maskinportenPage } from './views/maskinporten-page.js';
import { supplierPage } from './views/supplier-page.js';
import { placeholderPage } from './views/placeholder-page.js';
import { notFoundPage } from './views/not-found-page.js';
import { UsersPage } from './views/users-page.jsx';
import { UserPage } from './views/user-page.jsx';

function placeholder(title) {
  return (main, context) => placeholderPage(main, context, title);
}

const s = t.sidebar;

// Like Altinn's, the Maskinporten pages have no route guard: the page itself waits for the admin
// check, and the supplier page shows what the API refuses.
export const routes = [
  { pattern: /^\/?$/, view: overviewPage },
  { pattern: /^\/maskinporten\/?$/, view: maskinportenPage },
  { pattern: /^\/maskinporten\/supplier\/([^/]+)\/?$/, view: supplierPage },
  { pattern: /^\/maskinporten\/consumer\/[^/]+\/?$/, view: placeholder(t.maskinporten.consumersTab) },
  { pattern: /^\/users\/?$/, component: UsersPage },
  { pattern: /^\/users\/([^/]+)\/?$/, component: UserPage },
  { pattern: /^\/requests\/?$/, view: placeholder(s.requests) },
  { pattern: /^\/poa-overview\/?$/, view: placeholder(s.powersOfAttorney) },
  { pattern: /^\/reportees\/?$/, view: placeholder(s.powersFromOthers) },
  { pattern: /^\/consent\/?$/, view: placeholder(s.consents) },
  { pattern: /^\/clientadministration\/?$/, view: placeholder(s.clients) },
  { pattern: /^\/systemuser\/overview\/?$/, view: placeholder(s.systemAccess) },
  { pattern: /^\/settings\/?$/, view: placeholder(s.settings) },
  { pattern: /^\/help\/?$/, view: placeholder(s.helpPages) },
  { pattern: /^\/nyheter\/?$/, view: placeholder(t.statusBannerLink) },
  { pattern: /^\/info\/[^/]+\/?$/, view: placeholder(t.altinn) },
  { pattern: /.*/, view: notFoundPage },
];
