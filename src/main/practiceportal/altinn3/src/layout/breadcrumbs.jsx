// The breadcrumb trail as Altinn draws it: the library's Breadcrumbs, a navigation that keeps the
// name "Breadcrumbs" in every language.

import { Breadcrumbs } from '@altinn/altinn-components';

/**
 * @param crumbs [{text, href}] from the first to the current page; the current one is not a link
 */
export function BreadcrumbTrail({ crumbs }) {
  const items = crumbs.map(({ text, href }, i) => (i === crumbs.length - 1 ? { label: text } : { label: text, href }));
  return <Breadcrumbs items={items} />;
}
