// The page's footer as Altinn draws it: the library's Footer, a contentinfo with Digdir's mark and
// address and an unnamed navigation of links.

import { Footer } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/**
 * @param addressLines the address, one or two lines
 * @param links [{id, text, href}]; the id becomes the link's element id
 */
export function siteFooter({ addressLines, links }) {
  const [address, address2] = addressLines;
  const items = links.map(({ id, text, href }) => ({ id, title: text, href }));
  return drawn(<Footer address={address} address2={address2} menu={{ items }} />);
}
