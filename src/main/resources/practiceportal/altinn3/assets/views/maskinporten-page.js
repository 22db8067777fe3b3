// /maskinporten: heading with a soft hyphen, the tabs "Leverandører" (#suppliers) and
// "Konsumenter" (#consumers).

import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { tabs } from '../components/tabs.js';
import { supplierListPanel } from './supplier-list-panel.js';
import { consumerPanel } from './consumer-panel.js';

// Built when the page is drawn, so the labels are the texts as they are then.
function tabItems() {
  return [
    { id: 'suppliers', label: t.maskinporten.suppliersTab, icon: 'people', render: supplierListPanel },
    { id: 'consumers', label: t.maskinporten.consumersTab, icon: 'database', render: consumerPanel },
  ];
}

export function maskinportenPage(main, context) {
  const { profile } = context;
  const m = t.maskinporten;
  document.title = `${m.breadcrumb} - Altinn`;
  const tabBar = tabs({
    label: m.tabsLabel,
    items: tabItems(),
    onSelect: (item, panel, fromUser) => {
      if (fromUser) history.replaceState(null, '', `#${item.id}`);
      panel.replaceChildren();
      item.render(panel, context);
    },
  });
  main.append(
    breadcrumbs([{ text: m.breadcrumb }]),
    h(
      'div',
      { class: 'page-title' },
      h('h1', { class: 'page-heading' }, m.heading(profile.actor.name)),
      h('p', { class: 'page-subheading' }, m.orgLine(profile.actor.groupedOrgnr, profile.unitType)),
    ),
    tabBar.element,
  );

  const fromHash = () => Math.max(0, tabBar.indexOf(location.hash.slice(1)));
  tabBar.select(fromHash());
  const onHashChange = () => {
    if (!main.isConnected || !context.alive()) {
      window.removeEventListener('hashchange', onHashChange);
      return;
    }
    tabBar.select(fromHash());
  };
  window.addEventListener('hashchange', onHashChange);
}
