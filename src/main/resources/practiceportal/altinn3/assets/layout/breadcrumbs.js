import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from './paths.js';

/**
 * The navigation "Breadcrumbs" (Altinn's component never translates the name).
 *
 * @param trail [{text, href}] after "Start" and "Tilgangsstyring"; the last one is the current page
 */
export function breadcrumbs(trail) {
  const all = [{ text: t.start, href: paths.overview }, { text: t.accessManagement, href: paths.overview }, ...trail];
  return h(
    'nav',
    { 'aria-label': t.breadcrumbs, class: 'breadcrumbs' },
    h(
      'ol',
      {},
      all.map((crumb, i) => {
        const last = i === all.length - 1;
        return h(
          'li',
          {},
          last ? h('span', { 'aria-current': 'page' }, crumb.text) : h('a', { href: crumb.href }, crumb.text),
          last ? null : icon('arrow-right', 'breadcrumb-arrow'),
        );
      }),
    ),
  );
}
