import { t } from './texts.js';
import { OverviewPage } from './views/overview-page.jsx';
import { MaskinportenPage } from './views/maskinporten-page.jsx';
import { SupplierPage } from './views/supplier-page.jsx';
import { placeholderPage } from './views/placeholder-page.jsx';
import { NotFoundPage } from './views/not-found-page.jsx';
import { UsersPage } from './views/users-page.jsx';
import { UserPage } from './views/user-page.jsx';

const s = t.sidebar;

// Like Altinn's, the Maskinporten pages have no route guard: the page itself waits for the admin
// check, and the supplier page shows what the API refuses.
export const routes = [
  { pattern: /^\/?$/, component: OverviewPage },
  { pattern: /^\/maskinporten\/?$/, component: MaskinportenPage },
  { pattern: /^\/maskinporten\/supplier\/([^/]+)\/?$/, component: SupplierPage },
  { pattern: /^\/maskinporten\/consumer\/[^/]+\/?$/, component: placeholderPage(t.maskinporten.consumersTab) },
  { pattern: /^\/users\/?$/, component: UsersPage },
  { pattern: /^\/users\/([^/]+)\/?$/, component: UserPage },
  { pattern: /^\/requests\/?$/, component: placeholderPage(s.requests) },
  { pattern: /^\/poa-overview\/?$/, component: placeholderPage(s.powersOfAttorney) },
  { pattern: /^\/reportees\/?$/, component: placeholderPage(s.powersFromOthers) },
  { pattern: /^\/consent\/?$/, component: placeholderPage(s.consents) },
  { pattern: /^\/clientadministration\/?$/, component: placeholderPage(s.clients) },
  { pattern: /^\/systemuser\/overview\/?$/, component: placeholderPage(s.systemAccess) },
  { pattern: /^\/settings\/?$/, component: placeholderPage(s.settings) },
  { pattern: /^\/help\/?$/, component: placeholderPage(s.helpPages) },
  { pattern: /^\/nyheter\/?$/, component: placeholderPage(t.statusBannerLink) },
  { pattern: /^\/info\/[^/]+\/?$/, component: placeholderPage(t.altinn) },
  { pattern: /.*/, component: NotFoundPage },
];
