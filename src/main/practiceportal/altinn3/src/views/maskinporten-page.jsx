// /maskinporten: the heading with a soft hyphen, the org.nr. line (a heading too), and the tabs
// "Leverandører" and "Konsumenter", both in the page. The page is drawn at once; only when the
// admin check says yes do the lists load, and when it says no the app goes to the overview.

import { useLayoutEffect, useState } from 'react';
import { t } from '../texts.js';
import { icon } from '../icons.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { formatDisplayName } from '../format-name.js';
import { adminCheckAnswer, isMaskinportenAdmin } from '../admin-check.js';
import { navigate } from '../shell/router.js';
import { PageHeading, PageTabs } from '../components.jsx';
import { SupplierListPanel } from './supplier-list-panel.jsx';
import { ConsumerPanel } from './consumer-panel.jsx';

const DEFAULT_TAB = 'suppliers';
const TABS = [DEFAULT_TAB, 'consumers'];
const TAB_ICONS = { suppliers: icon('people'), consumers: icon('database') };

/** The tab the address's fragment names, or the first. */
function tabOfHash() {
  const id = location.hash.slice(1);
  return TABS.includes(id) ? id : DEFAULT_TAB;
}

export function MaskinportenPage({ profile }) {
  const m = t.maskinporten;
  const actorName = formatDisplayName(profile.actor.registerName);
  const [tab, setTab] = useState(tabOfHash);
  // An answer that has already arrived is used at once: the page then never looks empty.
  const [admin, setAdmin] = useState(() => adminCheckAnswer() === true);

  // The title, the address and the wait for the admin check start the moment the page is drawn
  // (layout effects), before the browser paints it.
  useLayoutEffect(() => {
    document.title = m.documentTitle;
  }, []);

  useLayoutEffect(() => {
    const selectFromHash = () => {
      setTab(tabOfHash());
      if (location.hash.slice(1) === DEFAULT_TAB) history.replaceState(null, '', location.pathname + location.search);
    };
    selectFromHash();
    window.addEventListener('hashchange', selectFromHash);
    return () => window.removeEventListener('hashchange', selectFromHash);
  }, []);

  useLayoutEffect(() => {
    let alive = true;
    isMaskinportenAdmin().then((answer) => {
      if (!alive) return;
      if (answer) setAdmin(true);
      else navigate(paths.overview, { replace: true });
    });
    return () => {
      alive = false;
    };
  }, []);

  const choose = (id) => {
    setTab(id);
    history.replaceState(null, '', location.pathname + location.search + (id === DEFAULT_TAB ? '' : `#${id}`));
  };

  const items = [
    {
      id: 'suppliers',
      label: m.suppliersTab,
      icon: TAB_ICONS.suppliers,
      content: <SupplierListPanel profile={profile} actorName={actorName} active={admin} />,
    },
    {
      id: 'consumers',
      label: m.consumersTab,
      icon: TAB_ICONS.consumers,
      content: <ConsumerPanel actorName={actorName} active={admin} />,
    },
  ];
  return (
    <>
      {breadcrumbs([{ text: t.sidebar.maskinporten }])}
      <div className="page-title">
        <PageHeading level={1} className="page-heading">
          {m.heading(actorName)}
        </PageHeading>
        <PageHeading level={2} className="page-subheading">
          {m.orgLine(profile.actor.groupedOrgnr, profile.unitType)}
        </PageHeading>
      </div>
      <PageTabs items={items} value={tab} onChange={choose} />
    </>
  );
}
