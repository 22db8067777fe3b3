// Tilgangsstyring's start page: a card for "Brukere", and for a Maskinporten administrator one for
// Maskinporten once the admin check has answered.

import { useEffect, useState } from 'react';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { overviewBreadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { formatDisplayName } from '../format-name.js';
import { isMaskinportenAdmin } from '../admin-check.js';
import { PageHeading } from '../components.jsx';
import { InlineIcon } from '../controls/inline-icon.jsx';
import { useDocumentTitle } from './use-document-title.js';

function OverviewCard({ href, icon, text }) {
  return (
    <li>
      <a href={href} className="overview-card">
        <InlineIcon name={icon} />
        <span>{text}</span>
        <InlineIcon name="chevron-right" />
      </a>
    </li>
  );
}

export function OverviewPage({ profile }) {
  const [admin, setAdmin] = useState(false);
  useDocumentTitle(`${t.accessManagement} - Altinn`);
  useEffect(() => {
    let alive = true;
    isMaskinportenAdmin().then((answer) => {
      if (answer && alive) setAdmin(true);
    });
    return () => {
      alive = false;
    };
  }, []);
  return (
    <>
      {overviewBreadcrumbs()}
      <PageHeading level={1} className="page-heading">
        {t.overviewHeading(formatDisplayName(profile.actor.registerName))}
      </PageHeading>
      <p className="page-text">{t.overviewText}</p>
      <ul className="overview-cards">
        <OverviewCard href={paths.users} icon="people" text={t.sidebar.users} />
        {admin ? <OverviewCard href={paths.maskinporten} icon="monitors" text={t.sidebar.maskinporten} /> : null}
      </ul>
    </>
  );
}
