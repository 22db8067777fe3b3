import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from './paths.js';

const SLUGS = ['hjelp', 'om', 'driftsmeldinger', 'personvern', 'tilgjengelighet'];

/** The footer (contentinfo) with an unnamed navigation of links and Digdir's address. */
export function siteFooter() {
  return h(
    'footer',
    { class: 'site-footer' },
    h(
      'div',
      { class: 'footer-top' },
      h('span', { class: 'footer-digdir' }, h('span', { class: 'digdir-mark', 'aria-hidden': 'true' }), 'Digdir'),
      h('nav', {}, h('ul', { class: 'footer-links' }, t.footer.links.map((text, i) => h('li', {}, h('a', { href: paths.info(SLUGS[i]) }, text))))),
    ),
    h('address', { class: 'footer-address' }, t.footer.addressLines.map((line) => h('span', {}, line))),
  );
}
