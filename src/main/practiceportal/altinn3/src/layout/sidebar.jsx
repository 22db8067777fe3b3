// The sidebar as Altinn's Layout draws it: the library's LayoutSidebar (a complementary region)
// holding a navigation (named "Sidebar" in every language) with the library's Menu in navigation
// mode. One item may wait for an answer (who may see it); until then its place holds a skeleton
// that is busy and not a link.

import { useEffect, useState } from 'react';
import { LayoutSidebar, Menu, Skeleton } from '@altinn/altinn-components';
import {
  BellIcon,
  CogIcon,
  DatabaseIcon,
  ExternalLinkIcon,
  HandshakeIcon,
  KeyHorizontalIcon,
  MonitorIcon,
  PadlockLockedIcon,
  PadlockUnlockedIcon,
  PersonGroupIcon,
  TenancyIcon,
} from '@navikt/aksel-icons';
import { t } from '../texts.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { changed } from '../practice-settings.js';
import { paths } from './paths.js';

const ICONS = {
  lock: PadlockLockedIcon,
  bell: BellIcon,
  people: PersonGroupIcon,
  key: KeyHorizontalIcon,
  'lock-open': PadlockUnlockedIcon,
  handshake: HandshakeIcon,
  database: DatabaseIcon,
  monitors: MonitorIcon,
  nodes: TenancyIcon,
  cog: CogIcon,
  external: ExternalLinkIcon,
};

/** The item whose href is the longest one the path lies under: the current section. */
function currentId(items, pathname) {
  let best = null;
  for (const item of items) {
    if (item.pending || !item.href) continue;
    const matches = pathname === item.href || pathname.startsWith(`${item.href}/`);
    if (matches && (!best || item.href.length > best.href.length)) best = item;
  }
  return best?.id;
}

function menuItem(item, current) {
  if (item.pending) {
    return {
      id: item.id,
      groupId: item.group,
      as: 'span',
      tabIndex: -1,
      'aria-busy': 'true',
      label: () => (
        <Skeleton loading variant="text">
          {item.text}
        </Skeleton>
      ),
    };
  }
  return { id: item.id, groupId: item.group, title: item.text, href: item.href, icon: ICONS[item.icon], selected: item.id === current };
}

function itemsOf(maskinportenHere, admin) {
  const s = t.sidebar;
  return [
    { id: 'overview', group: 'home', text: t.accessManagement, href: paths.overview, icon: 'lock' },
    { id: 'requests', group: 'access', text: s.requests, href: paths.requests, icon: 'bell' },
    { id: 'users', group: 'access', text: s.users, href: paths.users, icon: 'people' },
    { id: 'powers', group: 'access', text: s.powersOfAttorney, href: paths.powersOfAttorney, icon: 'key' },
    { id: 'from-others', group: 'others', text: s.powersFromOthers, href: paths.powersFromOthers, icon: 'lock-open' },
    { id: 'consents', group: 'others', text: s.consents, href: paths.consents, icon: 'handshake' },
    { id: 'clients', group: 'others', text: s.clients, href: paths.clients, icon: 'database' },
    maskinportenHere && admin !== false
      ? { id: 'maskinporten', group: 'others', text: s.maskinporten, href: paths.maskinporten, icon: 'monitors', pending: admin === null }
      : null,
    { id: 'system-access', group: 'systems', text: s.systemAccess, href: paths.systemAccess, icon: 'nodes' },
    { id: 'settings', group: 'settings', text: s.settings, href: paths.settings, icon: 'cog' },
    { id: 'help', group: 'shortcuts', text: s.helpPages, href: paths.help, icon: 'external' },
  ].filter(Boolean);
}

/**
 * The sidebar, with the current section marked. Change "a3-lenke-flyttet" moves the Maskinporten
 * link to the header.
 */
export function Sidebar({ pathname }) {
  const maskinportenHere = !changed('a3-lenke-flyttet');
  // null until the admin check has answered
  const [admin, setAdmin] = useState(null);
  useEffect(() => {
    if (maskinportenHere) isMaskinportenAdmin().then(setAdmin);
  }, []);
  const items = itemsOf(maskinportenHere, admin);
  const current = currentId(items, pathname);
  return (
    <LayoutSidebar>
      <nav aria-label={t.sidebar.label}>
        <Menu a11yMode="navigation" groups={{ shortcuts: { title: t.sidebar.shortcuts } }} items={items.map((item) => menuItem(item, current))} />
      </nav>
    </LayoutSidebar>
  );
}
