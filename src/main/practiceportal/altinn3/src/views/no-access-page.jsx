import { t } from '../texts.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { formatDisplayName } from '../format-name.js';
import { PageHeading } from '../components.jsx';
import { useDocumentTitle } from './use-document-title.js';

/**
 * "Brukere" for someone who may not give rights (Maskinporten sends such people away instead).
 *
 * @param crumb the page's breadcrumb
 * @param text the paragraph, given the actor's name
 */
export function NoAccessPage({ profile, crumb, text }) {
  useDocumentTitle(`${t.noAccessHeading} - Altinn`);
  return (
    <>
      {breadcrumbs([{ text: crumb }])}
      <PageHeading level={1} className="page-heading">
        {t.noAccessHeading}
      </PageHeading>
      <p className="page-text">{text(formatDisplayName(profile.actor.registerName))}</p>
    </>
  );
}
