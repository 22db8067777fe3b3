import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';

export function noAccessPage(main, { profile }) {
  document.title = `${t.noAccessHeading} - Altinn`;
  main.append(
    breadcrumbs([{ text: t.maskinporten.breadcrumb }]),
    h('h1', { class: 'page-heading' }, t.noAccessHeading),
    h('p', { class: 'page-text' }, t.noAccessText(profile.actor.name)),
  );
}
