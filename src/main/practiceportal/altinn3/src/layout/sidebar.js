// The complementary region with the navigation "Sidebar", drawn by Altinn's component library.
// "Maskinportenadministrasjon" appears only once the Maskinporten admin check has said yes; until
// it answers, its place holds a placeholder that is not a link.

import { t } from '../texts.js';
import { paths } from './paths.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { changed } from '../practice-settings.js';
import { sidebarNavigation } from '../components.jsx';

/** @return { element, nav }: nav is what markCurrent takes */
export function sidebar() {
  const s = t.sidebar;
  // Change "a3-lenke-flyttet" moves the Maskinporten link to the header.
  const maskinportenHere = !changed('a3-lenke-flyttet');
  const items = [
    { id: 'overview', group: 'home', text: t.accessManagement, href: paths.overview, icon: 'lock' },
    { id: 'requests', group: 'access', text: s.requests, href: paths.requests, icon: 'bell' },
    { id: 'users', group: 'access', text: s.users, href: paths.users, icon: 'people' },
    { id: 'powers', group: 'access', text: s.powersOfAttorney, href: paths.powersOfAttorney, icon: 'key' },
    { id: 'from-others', group: 'others', text: s.powersFromOthers, href: paths.powersFromOthers, icon: 'lock-open' },
    { id: 'consents', group: 'others', text: s.consents, href: paths.consents, icon: 'handshake' },
    { id: 'clients', group: 'others', text: s.clients, href: paths.clients, icon: 'database' },
    maskinportenHere ? { id: 'maskinporten', group: 'others', text: s.maskinporten, href: paths.maskinporten, icon: 'monitors', pending: true } : null,
    { id: 'system-access', group: 'systems', text: s.systemAccess, href: paths.systemAccess, icon: 'nodes' },
    { id: 'settings', group: 'settings', text: s.settings, href: paths.settings, icon: 'cog' },
    { id: 'help', group: 'shortcuts', text: s.helpPages, href: paths.help, icon: 'external' },
  ].filter(Boolean);
  const nav = sidebarNavigation({ label: s.label, items, groups: { shortcuts: { title: s.shortcuts } }, pathname: location.pathname });
  if (maskinportenHere) isMaskinportenAdmin().then((admin) => nav.settle('maskinporten', admin));
  return { element: nav.element, nav };
}

/** Marks the sidebar link of the current section with aria-current="page". */
export function markCurrent(nav, pathname) {
  nav.markCurrent(pathname);
}
