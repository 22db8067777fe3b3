// The top of every page: the skip link, the status banner and the header with Altinn's logo, the
// account button and "Meny", inside the navigation "hovednavigasjon". The menu also offers the
// languages ("Velg språk"); a choice is kept in the person's profile and the page is drawn again
// in that language.

import { h, uid } from '../dom.js';
import { altinnLogo, icon } from '../icons.js';
import { t, language, languages } from '../texts.js';
import { api } from '../api.js';
import { formatDisplayName } from '../format-name.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { paths } from './paths.js';
import { changed } from '../practice-settings.js';
import { pageTop } from '../komponenter/components.js';

/** The skip link to the main content and the status banner, as Altinn's Layout draws them. */
export function pageTopOf(mainId) {
  return pageTop({ skipLink: t.skipLink, mainId, banner: { title: t.statusBanner, link: { label: t.statusBannerLink, href: paths.news } } });
}

export function siteHeader(profile) {
  const actorName = formatDisplayName(profile.actor.registerName);
  const menuId = uid('menu');
  const menuButton = h(
    'button',
    { type: 'button', class: 'button button-primary menu-button', 'aria-expanded': 'false', 'aria-controls': menuId },
    icon('menu'),
    t.menu,
  );
  const accountButton = h(
    'button',
    { type: 'button', class: 'header-account', 'aria-expanded': 'false', 'aria-controls': menuId },
    icon('building'),
    h('span', {}, actorName),
  );
  const back = encodeURIComponent(location.pathname + location.search + location.hash);
  const menu = h(
    'div',
    { id: menuId, class: 'popover header-menu', hidden: true },
    h('p', { class: 'header-menu-person' }, profile.personName),
    h('p', { class: 'header-menu-actor' }, actorName),
    h(
      'ul',
      {},
      h('li', {}, h('a', { href: paths.overview }, t.accessManagement)),
      h('li', {}, h('a', { href: `/velg-aktor?goto=${back}`, 'data-external': 'true' }, t.changeActor)),
      h('li', {}, h('a', { href: '/idporten/logout', 'data-external': 'true' }, t.logOut)),
    ),
    languageChoice(),
  );
  const setOpen = (open) => {
    menu.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
    accountButton.setAttribute('aria-expanded', String(open));
  };
  menuButton.addEventListener('click', () => setOpen(menu.hidden));
  accountButton.addEventListener('click', () => setOpen(menu.hidden));
  menu.addEventListener('click', (event) => {
    if (event.target.closest('a')) setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) setOpen(false);
  });

  const nav = h(
    'nav',
    { 'aria-label': t.mainNavigation, class: 'site-header-inner' },
    h('a', { href: paths.overview, class: 'logo-link' }, altinnLogo(), h('span', { class: 'logo-text' }, t.altinn)),
    h('div', { class: 'header-actions' }, accountButton, h('div', { class: 'menu-anchor' }, menuButton, menu)),
  );
  addMovedMaskinportenLink(nav);
  return h('header', { class: 'site-header' }, nav);
}

/**
 * "Velg språk" and the three languages, each named in itself; the page's language is pressed.
 * Choosing another stores it in the profile and loads the page again, now in that language.
 */
function languageChoice() {
  const headingId = uid('language');
  const buttons = languages.map((code) =>
    h(
      'button',
      { type: 'button', class: 'header-menu-language', lang: code, 'aria-pressed': String(code === language) },
      t.languageNames[code],
    ),
  );
  buttons.forEach((button, index) =>
    button.addEventListener('click', async () => {
      const chosen = languages[index];
      if (chosen === language) return;
      buttons.forEach((b) => (b.disabled = true));
      try {
        await api('/profile/language', { method: 'POST', body: { language: chosen } });
        location.reload();
      } catch (error) {
        buttons.forEach((b) => (b.disabled = false));
      }
    }),
  );
  return h(
    'div',
    { role: 'group', 'aria-labelledby': headingId, class: 'header-menu-languages' },
    h('p', { id: headingId, class: 'header-menu-heading' }, t.chooseLanguage),
    h('ul', {}, ...buttons.map((button) => h('li', {}, button))),
  );
}

/** Change "a3-lenke-flyttet": the sidebar's link to Maskinportenadministrasjon sits here instead. */
function addMovedMaskinportenLink(nav) {
  if (!changed('a3-lenke-flyttet')) return;
  isMaskinportenAdmin().then((admin) => {
    if (admin) nav.firstElementChild.after(h('a', { href: paths.maskinporten, class: 'header-link' }, t.sidebar.maskinporten));
  });
}
