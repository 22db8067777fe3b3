import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { heading } from '../components/heading.js';

export function notFoundPage(main) {
  document.title = `${t.notFoundHeading} - Altinn`;
  main.append(breadcrumbs([{ text: t.notFoundHeading }]), heading(1, t.notFoundHeading, { className: 'page-heading' }), h('p', { class: 'page-text' }, t.notFoundText));
}
