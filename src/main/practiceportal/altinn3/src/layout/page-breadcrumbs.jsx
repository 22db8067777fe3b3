// The breadcrumb trails of Tilgangsstyring's pages, for views written as components: the
// navigation "Breadcrumbs" (Altinn's component never translates the name).

import { t } from '../texts.js';
import { BreadcrumbTrail } from '../components.jsx';
import { paths } from './paths.js';

/**
 * @param trail [{text, href}] after "Start" and "Tilgangsstyring"; the last one is the current page
 */
export function breadcrumbs(trail) {
  return <BreadcrumbTrail crumbs={[{ text: t.start, href: paths.overview }, { text: t.accessManagement, href: paths.overview }, ...trail]} />;
}

/** The trail of Tilgangsstyring's own start page: "Start" › "Tilgangsstyring". */
export function overviewBreadcrumbs() {
  return <BreadcrumbTrail crumbs={[{ text: t.start, href: paths.overview }, { text: t.accessManagement }]} />;
}
