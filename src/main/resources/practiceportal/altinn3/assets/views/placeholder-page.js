import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';

export function placeholderPage(main, context, title) {
  document.title = `${title} - Altinn`;
  main.append(
    breadcrumbs([{ text: title }]),
    h('h1', { class: 'page-heading' }, title),
    h('p', { class: 'page-text' }, t.notInPracticePortal),
  );
}
