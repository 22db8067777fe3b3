// The pages of Tilgangsstyring the practice portal does not have: the title and a line saying so.

import { t } from '../texts.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { PageHeading } from '../components.jsx';
import { useDocumentTitle } from './use-document-title.js';

export function PlaceholderPage({ title }) {
  useDocumentTitle(`${title} - Altinn`);
  return (
    <>
      {breadcrumbs([{ text: title }])}
      <PageHeading level={1} className="page-heading">
        {title}
      </PageHeading>
      <p className="page-text">{t.notInPracticePortal}</p>
    </>
  );
}

/** The route's component for a page with this title. */
export function placeholderPage(title) {
  return function Placeholder() {
    return <PlaceholderPage title={title} />;
  };
}
