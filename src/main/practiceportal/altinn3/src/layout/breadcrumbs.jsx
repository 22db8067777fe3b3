// The breadcrumb trail as Altinn draws it: the library's Breadcrumbs, a navigation that keeps the
// name "Breadcrumbs" in every language.

import { Breadcrumbs } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/**
 * @param crumbs [{text, href}] from the first to the current page; the current one is not a link
 */
export function breadcrumbTrail(crumbs) {
  return drawn(<BreadcrumbTrail crumbs={crumbs} />);
}

/** The same trail as a component. */
export function BreadcrumbTrail({ crumbs }) {
  const items = crumbs.map(({ text, href }, i) => (i === crumbs.length - 1 ? { label: text } : { label: text, href }));
  return <Breadcrumbs items={items} />;
}
