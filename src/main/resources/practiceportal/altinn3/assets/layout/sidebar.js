// The complementary region with the navigation "Sidebar". "Maskinportenadministrasjon" appears
// only once the Maskinporten admin check has said yes; until it answers, its place holds a
// placeholder that is not a link.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from './paths.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { changed } from '../practice-settings.js';

function link(href, iconName, text, extraClass = '') {
  return h(
    'a',
    { href, class: `sidebar-link ${extraClass}`.trim() },
    h('span', { class: 'sidebar-icon' }, icon(iconName)),
    h('span', { class: 'sidebar-text' }, text),
  );
}

function item(href, iconName, text, extraClass = '') {
  return h('li', {}, link(href, iconName, text, extraClass));
}

/**
 * @param onChange called when the sidebar's links changed after it was drawn
 */
export function sidebar(onChange) {
  const s = t.sidebar;
  const groups = [
    [item(paths.overview, 'lock', t.accessManagement, 'sidebar-home')],
    [item(paths.requests, 'bell', s.requests), item(paths.users, 'people', s.users), item(paths.powersOfAttorney, 'key', s.powersOfAttorney)],
    [
      item(paths.powersFromOthers, 'lock-open', s.powersFromOthers),
      item(paths.consents, 'handshake', s.consents),
      item(paths.clients, 'database', s.clients),
      // Change "a3-lenke-flyttet" moves this link to the header.
      changed('a3-lenke-flyttet') ? null : maskinportenItem(onChange),
    ],
    [item(paths.systemAccess, 'nodes', s.systemAccess)],
    [item(paths.settings, 'cog', s.settings)],
  ];
  const nav = h(
    'nav',
    { 'aria-label': s.label, class: 'sidebar' },
    groups.map((items) => h('ul', { class: 'sidebar-group' }, items)),
    h('p', { class: 'sidebar-shortcuts' }, s.shortcuts),
    h(
      'ul',
      { class: 'sidebar-group sidebar-group-plain' },
      h('li', {}, h('a', { href: paths.help, class: 'sidebar-link sidebar-link-plain' }, icon('external'), h('span', {}, s.helpPages))),
    ),
  );
  return { element: h('aside', { class: 'sidebar-region' }, nav), nav };
}

function maskinportenItem(onChange) {
  const placeholder = h('li', { 'aria-busy': 'true', class: 'sidebar-pending' }, h('span', { class: 'skeleton skeleton-sidebar', 'aria-hidden': 'true' }));
  isMaskinportenAdmin().then((admin) => {
    if (admin) placeholder.replaceChildren(link(paths.maskinporten, 'monitors', t.sidebar.maskinporten));
    else placeholder.remove();
    placeholder.removeAttribute('aria-busy');
    placeholder.classList.remove('sidebar-pending');
    onChange();
  });
  return placeholder;
}

/** Marks the sidebar link of the current section with aria-current="page". */
export function markCurrent(nav, pathname) {
  let best = null;
  for (const a of nav.querySelectorAll('a.sidebar-link')) {
    const href = a.getAttribute('href');
    a.removeAttribute('aria-current');
    const matches = pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.getAttribute('href').length)) best = a;
  }
  if (best) best.setAttribute('aria-current', 'page');
}
