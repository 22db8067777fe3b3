// The sidebar as Altinn's Layout draws it: the library's LayoutSidebar (a complementary region)
// holding a navigation (named "Sidebar" in every language) with the library's Menu in navigation
// mode. One item may wait for an answer (who may see it); until then its place holds a skeleton
// that is busy and not a link.

import { reactHost } from '../draw.jsx';
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

function Sidebar({ label, items, groups, pathname }) {
  const current = currentId(items, pathname);
  return (
    <LayoutSidebar>
      <nav aria-label={label}>
        <Menu a11yMode="navigation" groups={groups} items={items.map((item) => menuItem(item, current))} />
      </nav>
    </LayoutSidebar>
  );
}

/**
 * @param label the navigation's name
 * @param items [{id, group, text, href, icon, pending?}] in order; a pending item is a placeholder
 * @param groups the groups' titles: {groupId: {title}}
 * @param pathname the page's path, to mark the current section
 * @return { element, markCurrent(pathname), settle(id, shown) }: settle turns a pending item into
 *     its link, or removes it
 */
export function sidebarNavigation({ label, items, groups, pathname }) {
  const { host: element, draw: drawNow } = reactHost();
  let state = { label, items, groups, pathname };
  const draw = (change) => {
    state = { ...state, ...change };
    drawNow(<Sidebar {...state} />);
  };
  draw({});
  return {
    element,
    markCurrent: (path) => draw({ pathname: path }),
    settle: (id, shown) =>
      draw({ items: state.items.flatMap((item) => (item.id !== id ? [item] : shown ? [{ ...item, pending: false }] : [])) }),
  };
}
