// Status banner and header: Altinn's logo and the menu, inside the navigation "hovednavigasjon".

import { h, uid } from '../dom.js';
import { altinnLogo, icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from './paths.js';
import { changed } from '../practice-settings.js';

export function statusBanner() {
  return h(
    'div',
    { class: 'status-banner' },
    icon('info'),
    h('p', {}, `${t.statusBanner} `, h('a', { href: paths.news }, t.statusBannerLink)),
  );
}

export function siteHeader(profile) {
  const menuId = uid('menu');
  const menuButton = h(
    'button',
    { type: 'button', class: 'button button-primary menu-button', 'aria-expanded': 'false', 'aria-controls': menuId },
    icon('menu'),
    t.menu,
  );
  const back = encodeURIComponent(location.pathname + location.search + location.hash);
  const menu = h(
    'div',
    { id: menuId, class: 'popover header-menu', hidden: true },
    h('p', { class: 'header-menu-person' }, profile.personName),
    h('p', { class: 'header-menu-actor' }, profile.actor.name),
    h(
      'ul',
      {},
      h('li', {}, h('a', { href: paths.overview }, t.accessManagement)),
      h('li', {}, h('a', { href: `/velg-aktor?goto=${back}`, 'data-external': 'true' }, t.changeActor)),
      h('li', {}, h('a', { href: '/idporten/logout', 'data-external': 'true' }, t.logOut)),
    ),
  );
  const setOpen = (open) => {
    menu.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
  };
  menuButton.addEventListener('click', () => setOpen(menu.hidden));
  menu.addEventListener('click', (event) => {
    if (event.target.closest('a')) setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) setOpen(false);
  });

  const account = h(
    'span',
    { class: 'header-account' },
    icon('building'),
    h('span', {}, profile.actor.name),
  );
  return h(
    'header',
    { class: 'site-header' },
    h(
      'nav',
      { 'aria-label': t.mainNavigation, class: 'site-header-inner' },
      h('a', { href: paths.overview, class: 'logo-link' }, altinnLogo(), h('span', { class: 'logo-text' }, 'Altinn')),
      movedMaskinportenLink(profile),
      h('div', { class: 'header-actions' }, account, h('div', { class: 'menu-anchor' }, menuButton, menu)),
    ),
  );
}

/** Change "a3-lenke-flyttet": the sidebar's link to Maskinportenadministrasjon sits here instead. */
function movedMaskinportenLink(profile) {
  if (!changed('a3-lenke-flyttet') || !profile.maskinportenAdministrator) return null;
  return h('a', { href: paths.maskinporten, class: 'header-link' }, t.sidebar.maskinporten);
}
