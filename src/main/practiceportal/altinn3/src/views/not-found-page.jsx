import { t } from '../texts.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { PageHeading } from '../components.jsx';
import { useDocumentTitle } from './use-document-title.js';

export function NotFoundPage() {
  useDocumentTitle(`${t.notFoundHeading} - Altinn`);
  return (
    <>
      {breadcrumbs([{ text: t.notFoundHeading }])}
      <PageHeading level={1} className="page-heading">
        {t.notFoundHeading}
      </PageHeading>
      <p className="page-text">{t.notFoundText}</p>
    </>
  );
}
