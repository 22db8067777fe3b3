import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { heading } from '../components/heading.js';

export function placeholderPage(main, context, title) {
  document.title = `${title} - Altinn`;
  main.append(
    breadcrumbs([{ text: title }]),
    heading(1, title, { className: 'page-heading' }),
    h('p', { class: 'page-text' }, t.notInPracticePortal),
  );
}
