// The sidebar navigation "Sidebar". "Maskinportenadministrasjon" is only there for someone with
// the access package "Maskinporten administrator" for the chosen actor.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from './paths.js';
import { changed } from '../practice-settings.js';

function item(href, iconName, text, extraClass = '') {
  return h(
    'li',
    {},
    h('a', { href, class: `sidebar-link ${extraClass}`.trim() }, h('span', { class: 'sidebar-icon' }, icon(iconName)), h('span', { class: 'sidebar-text' }, text)),
  );
}

export function sidebar(profile) {
  const s = t.sidebar;
  const groups = [
    [item(paths.overview, 'lock', t.accessManagement, 'sidebar-home')],
    [item(paths.requests, 'bell', s.requests), item(paths.users, 'people', s.users), item(paths.powersOfAttorney, 'key', s.powersOfAttorney)],
    [
      item(paths.powersFromOthers, 'lock-open', s.powersFromOthers),
      item(paths.consents, 'handshake', s.consents),
      item(paths.clients, 'database', s.clients),
      // Change "a3-lenke-flyttet" moves this link to the header.
      profile.maskinportenAdministrator && !changed('a3-lenke-flyttet') ? item(paths.maskinporten, 'monitors', s.maskinporten) : null,
    ],
    [item(paths.systemAccess, 'nodes', s.systemAccess)],
    [item(paths.settings, 'cog', s.settings)],
  ];
  return h(
    'nav',
    { 'aria-label': s.label, class: 'sidebar' },
    groups.map((links) => h('ul', { class: 'sidebar-group' }, links)),
    h('p', { class: 'sidebar-shortcuts' }, s.shortcuts),
    h(
      'ul',
      { class: 'sidebar-group sidebar-group-plain' },
      h('li', {}, h('a', { href: paths.help, class: 'sidebar-link sidebar-link-plain' }, icon('external'), h('span', {}, s.helpPages))),
    ),
  );
}

/** Marks the sidebar link of the current section with aria-current="page". */
export function markCurrent(nav, pathname) {
  let best = null;
  for (const link of nav.querySelectorAll('a.sidebar-link')) {
    const href = link.getAttribute('href');
    link.removeAttribute('aria-current');
    const matches = pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.getAttribute('href').length)) best = link;
  }
  if (best) best.setAttribute('aria-current', 'page');
}
