import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';

function card(href, iconName, text) {
  return h('li', {}, h('a', { href, class: 'overview-card' }, icon(iconName), h('span', {}, text), icon('chevron-right')));
}

export function overviewPage(main, { profile }) {
  document.title = `${t.accessManagement} - Altinn`;
  main.append(
    h('nav', { 'aria-label': t.breadcrumbs, class: 'breadcrumbs' }, h('ol', {}, h('li', {}, h('a', { href: paths.overview }, t.start)), h('li', {}, h('span', { 'aria-current': 'page' }, t.accessManagement)))),
    h('h1', { class: 'page-heading' }, t.overviewHeading(profile.actor.name)),
    h('p', { class: 'page-text' }, t.overviewText),
    h(
      'ul',
      { class: 'overview-cards' },
      card(paths.users, 'people', t.sidebar.users),
      profile.maskinportenAdministrator ? card(paths.maskinporten, 'monitors', t.sidebar.maskinporten) : null,
    ),
  );
}
