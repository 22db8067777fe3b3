import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';

export function notFoundPage(main) {
  document.title = `${t.notFoundHeading} - Altinn`;
  main.append(breadcrumbs([{ text: t.notFoundHeading }]), h('h1', { class: 'page-heading' }, t.notFoundHeading), h('p', { class: 'page-text' }, t.notFoundText));
}
