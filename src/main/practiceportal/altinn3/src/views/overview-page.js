import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { overviewBreadcrumbs } from '../layout/breadcrumbs.js';
import { formatDisplayName } from '../format-name.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { heading } from '../components/heading.js';

function card(href, iconName, text) {
  return h('li', {}, h('a', { href, class: 'overview-card' }, icon(iconName), h('span', {}, text), icon('chevron-right')));
}

export function overviewPage(main, context) {
  const { profile } = context;
  document.title = `${t.accessManagement} - Altinn`;
  const cards = h('ul', { class: 'overview-cards' }, card(paths.users, 'people', t.sidebar.users));
  main.append(
    overviewBreadcrumbs(),
    heading(1, t.overviewHeading(formatDisplayName(profile.actor.registerName)), { className: 'page-heading' }),
    h('p', { class: 'page-text' }, t.overviewText),
    cards,
  );
  isMaskinportenAdmin().then((admin) => {
    if (admin && context.alive()) cards.append(card(paths.maskinporten, 'monitors', t.sidebar.maskinporten));
  });
}
