// The header as Altinn draws it: the library's GlobalHeader inside a RootProvider, a banner with the
// navigation "hovednavigasjon" (the library's own name, in every language), the logo link
// "Altinn", the account button named by the organisation acted for, and "Meny" with the global
// menu, its language choice ("Språk/language", then the locale switcher) and "Logg ut".

import { GlobalHeader, RootProvider } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/**
 * @param language the page's language code: "nb", "nn" or "en"
 * @param homeHref where the logo leads
 * @param actorName the organisation the person acts for, as the account button shows it
 * @param menuLabel "Meny"
 * @param backLabel the way back from the language choice to the menu
 * @param menuItems [{id, text, href?, onClick?}] the global menu's items
 * @param logOut { label, onClick }
 * @param locale { title, options: [{value, label}], onSelect(value) }
 */
export function globalHeader({ language, homeHref, actorName, menuLabel, backLabel, menuItems, logOut, locale }) {
  const account = { id: 'actor', type: 'company', name: actorName, icon: { type: 'company', name: actorName } };
  return drawn(
    <RootProvider languageCode={language}>
      <GlobalHeader
        logo={{ href: homeHref }}
        accountSelector={{ accountMenu: { items: [account], currentAccount: account } }}
        globalMenu={{
          menuLabel,
          backLabel,
          menu: {
            items: menuItems.map(({ id, text, href, onClick }) => ({ id, groupId: 'pages', title: text, href, onClick, size: 'sm' })),
          },
          logoutButton: { label: logOut.label, onClick: logOut.onClick },
        }}
        locale={{
          title: locale.title,
          options: locale.options.map(({ value, label }) => ({ value, label, checked: value === language })),
          onSelect: locale.onSelect,
        }}
      />
    </RootProvider>,
  );
}
