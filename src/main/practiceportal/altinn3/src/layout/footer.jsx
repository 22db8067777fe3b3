// The page's footer as Altinn draws it: the library's Footer, a contentinfo with Digdir's mark and
// address and an unnamed navigation of links.

import { Footer } from '@altinn/altinn-components';
import { t } from '../texts.js';
import { paths } from './paths.js';

const SLUGS = ['hjelp', 'om', 'driftsmeldinger', 'personvern', 'tilgjengelighet'];

export function SiteFooter() {
  const [address, address2] = t.footer.addressLines;
  const items = t.footer.links.map((text, i) => ({ id: `footer-${SLUGS[i]}`, title: text, href: paths.info(SLUGS[i]) }));
  return <Footer address={address} address2={address2} menu={{ items }} />;
}
