import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';

export function noAccessPage(main, { profile }, crumb = t.maskinporten.breadcrumb, text = t.noAccessText) {
  document.title = `${t.noAccessHeading} - Altinn`;
  main.append(
    breadcrumbs([{ text: crumb }]),
    h('h1', { class: 'page-heading' }, t.noAccessHeading),
    h('p', { class: 'page-text' }, text(profile.actor.name)),
  );
}
