// The header as Altinn draws it: the library's GlobalHeader, a banner with the navigation
// "hovednavigasjon" (the library's own name, in every language), the logo link "Altinn", the
// account button named by the organisation acted for, and "Meny" with the global menu, its
// language choice ("Språk/language", then "Velg språk") and "Logg ut". A chosen language is kept
// in the person's profile and the page is loaded again in it.

import { memo, useEffect, useRef } from 'react';
import { GlobalHeader } from '@altinn/altinn-components';
import { t, language, languages } from '../texts.js';
import { api } from '../api.js';
import { formatDisplayName } from '../format-name.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { changed } from '../practice-settings.js';
import { paths } from './paths.js';

export const SiteHeader = memo(function SiteHeader({ profile }) {
  const host = useRef(null);
  useEffect(() => addMovedMaskinportenLink(host.current), []);
  const actorName = formatDisplayName(profile.actor.registerName);
  const account = { id: 'actor', type: 'company', name: actorName, icon: { type: 'company', name: actorName } };
  const menuItems = [
    { id: 'access-management', groupId: 'pages', size: 'sm', title: t.accessManagement, href: paths.overview },
    { id: 'change-actor', groupId: 'pages', size: 'sm', title: t.changeActor, onClick: changeActor },
  ];
  return (
    <div ref={host} style={{ display: 'contents' }}>
      <GlobalHeader
        logo={{ href: paths.overview }}
        accountSelector={{ accountMenu: { items: [account], currentAccount: account } }}
        globalMenu={{
          menuLabel: t.menu,
          backLabel: t.menuBack,
          menu: { items: menuItems },
          logoutButton: { label: t.logOut, onClick: () => location.assign('/idporten/logout') },
        }}
        locale={{
          title: t.chooseLanguage,
          options: languages.map((code) => ({ value: code, label: t.languageNames[code], checked: code === language })),
          onSelect: choose,
        }}
      />
    </div>
  );
});

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
function addMovedMaskinportenLink(host) {
  if (!changed('a3-lenke-flyttet')) return;
  isMaskinportenAdmin().then((admin) => {
    const nav = host.querySelector('nav');
    if (!admin || !nav) return;
    const link = document.createElement('a');
    link.href = paths.maskinporten;
    link.className = 'header-link';
    link.textContent = t.sidebar.maskinporten;
    nav.firstElementChild.after(link);
  });
}
