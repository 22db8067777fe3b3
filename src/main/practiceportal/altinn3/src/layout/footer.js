import { t } from '../texts.js';
import { siteFooter as libraryFooter } from '../components.jsx';
import { paths } from './paths.js';

const SLUGS = ['hjelp', 'om', 'driftsmeldinger', 'personvern', 'tilgjengelighet'];

/** The footer (contentinfo) with an unnamed navigation of links and Digdir's address. */
export function siteFooter() {
  return libraryFooter({
    addressLines: t.footer.addressLines,
    links: t.footer.links.map((text, i) => ({ id: `footer-${SLUGS[i]}`, text, href: paths.info(SLUGS[i]) })),
  });
}
