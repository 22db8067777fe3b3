// The top of every page: the skip link, the status banner and the header with Altinn's logo, the
// account button and "Meny", inside the navigation "hovednavigasjon", all drawn by Altinn's
// component library. The menu also offers the languages ("Språk/language", then "Velg språk");
// a choice is kept in the person's profile and the page is drawn again in that language.

import { h } from '../dom.js';
import { t, language, languages } from '../texts.js';
import { api } from '../api.js';
import { formatDisplayName } from '../format-name.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { paths } from './paths.js';
import { changed } from '../practice-settings.js';
import { globalHeader, pageTop } from '../components.jsx';

/** The skip link to the main content and the status banner, as Altinn's Layout draws them. */
export function pageTopOf(mainId) {
  return pageTop({ skipLink: t.skipLink, mainId, banner: { title: t.statusBanner, link: { label: t.statusBannerLink, href: paths.news } } });
}

export function siteHeader(profile) {
  const header = globalHeader({
    language,
    homeHref: paths.overview,
    actorName: formatDisplayName(profile.actor.registerName),
    menuLabel: t.menu,
    backLabel: t.menuBack,
    menuItems: [
      { id: 'access-management', text: t.accessManagement, href: paths.overview },
      { id: 'change-actor', text: t.changeActor, onClick: changeActor },
    ],
    logOut: { label: t.logOut, onClick: () => location.assign('/idporten/logout') },
    locale: {
      title: t.chooseLanguage,
      options: languages.map((code) => ({ value: code, label: t.languageNames[code] })),
      onSelect: choose,
    },
  });
  addMovedMaskinportenLink(header.querySelector('nav'));
  return header;
}

/** To "Velg aktør", and back to this page after the choice. */
function changeActor() {
  location.assign(`/velg-aktor?goto=${encodeURIComponent(location.pathname + location.search + location.hash)}`);
}

/** Stores another language in the profile and loads the page again, now in that language. */
async function choose(chosen) {
  if (chosen === language) return;
  try {
    await api('/profile/language', { method: 'POST', body: { language: chosen } });
    location.reload();
  } catch (error) {
    // The page stays in its language; the person may choose again.
  }
}

/** Change "a3-lenke-flyttet": the sidebar's link to Maskinportenadministrasjon sits here instead. */
function addMovedMaskinportenLink(nav) {
  if (!changed('a3-lenke-flyttet')) return;
  isMaskinportenAdmin().then((admin) => {
    if (admin) nav.firstElementChild.after(h('a', { href: paths.maskinporten, class: 'header-link' }, t.sidebar.maskinporten));
  });
}
