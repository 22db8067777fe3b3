import { t } from '../texts.js';
import { breadcrumbTrail } from '../components.jsx';
import { paths } from './paths.js';

/**
 * The navigation "Breadcrumbs" (Altinn's component never translates the name).
 *
 * @param trail [{text, href}] after "Start" and "Tilgangsstyring"; the last one is the current page
 */
export function breadcrumbs(trail) {
  return breadcrumbTrail([{ text: t.start, href: paths.overview }, { text: t.accessManagement, href: paths.overview }, ...trail]);
}

/** The trail of Tilgangsstyring's own start page: "Start" › "Tilgangsstyring". */
export function overviewBreadcrumbs() {
  return breadcrumbTrail([{ text: t.start, href: paths.overview }, { text: t.accessManagement }]);
}
