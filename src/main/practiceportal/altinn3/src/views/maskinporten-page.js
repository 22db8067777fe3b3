// /maskinporten: the heading with a soft hyphen, the org.nr. line (a heading too), and the tabs
// "Leverandører" and "Konsumenter", both in the page. The page is drawn at once; only when the
// admin check says yes do the lists load, and when it says no the app goes to the overview.

import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { formatDisplayName } from '../format-name.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { tabs } from '../components/tabs.js';
import { supplierListPanel } from './supplier-list-panel.js';
import { consumerPanel } from './consumer-panel.js';
import { heading } from '../components/heading.js';

const DEFAULT_TAB = 'suppliers';

export function maskinportenPage(main, context) {
  const { profile } = context;
  const m = t.maskinporten;
  const actorName = formatDisplayName(profile.actor.registerName);
  document.title = m.documentTitle;
  const tabBar = tabs({
    items: [
      { id: 'suppliers', label: m.suppliersTab, icon: 'people' },
      { id: 'consumers', label: m.consumersTab, icon: 'database' },
    ],
    onSelect: (item, panel, fromUser) => {
      if (!fromUser) return;
      const url = location.pathname + location.search + (item.id === DEFAULT_TAB ? '' : `#${item.id}`);
      history.replaceState(null, '', url);
    },
  });
  const suppliers = supplierListPanel(tabBar.panels[0], context, actorName);
  const consumers = consumerPanel(tabBar.panels[1], context, actorName);
  main.append(
    breadcrumbs([{ text: t.sidebar.maskinporten }]),
    h(
      'div',
      { class: 'page-title' },
      heading(1, m.heading(actorName), { className: 'page-heading' }),
      heading(2, m.orgLine(profile.actor.groupedOrgnr, profile.unitType), { className: 'page-subheading' }),
    ),
    tabBar.element,
  );

  const selectFromHash = () => {
    const id = location.hash.slice(1);
    tabBar.select(Math.max(0, tabBar.indexOf(id)));
    if (id === DEFAULT_TAB) history.replaceState(null, '', location.pathname + location.search);
  };
  selectFromHash();
  const onHashChange = () => {
    if (!main.isConnected || !context.alive()) {
      window.removeEventListener('hashchange', onHashChange);
      return;
    }
    selectFromHash();
  };
  window.addEventListener('hashchange', onHashChange);

  isMaskinportenAdmin().then((admin) => {
    if (!context.alive()) return;
    if (!admin) {
      context.navigate(paths.overview, { replace: true });
      return;
    }
    suppliers.load();
    consumers.load();
  });
}
