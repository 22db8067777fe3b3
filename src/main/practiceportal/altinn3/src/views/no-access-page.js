import { h } from '../dom.js';
import { t } from '../texts.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { formatDisplayName } from '../format-name.js';
import { heading } from '../components/heading.js';

/** "Brukere" for someone who may not give rights (Maskinporten sends such people away instead). */
export function noAccessPage(main, { profile }, crumb, text) {
  document.title = `${t.noAccessHeading} - Altinn`;
  main.append(
    breadcrumbs([{ text: crumb }]),
    heading(1, t.noAccessHeading, { className: 'page-heading' }),
    h('p', { class: 'page-text' }, text(formatDisplayName(profile.actor.registerName))),
  );
}
