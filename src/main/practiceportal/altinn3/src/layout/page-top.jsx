// The top of every page before the header, as Altinn's Layout draws it: the skip link and the
// status banner (a status region whose level 2 heading holds the news and a link to it).

import { Banner } from '@altinn/altinn-components';
// Layout's own skip link; the library's index does not export it.
import { SkipLink } from '@altinn/altinn-components/dist/components/SkipLink/SkipLink.js';
import { drawn } from '../draw.jsx';

/**
 * @param skipLink the skip link's text
 * @param mainId the id of the element it skips to
 * @param banner { title, link: { label, href } }
 */
export function pageTop({ skipLink, mainId, banner }) {
  return drawn(
    <>
      <SkipLink href={`#${mainId}`}>{skipLink}</SkipLink>
      <div data-color="company">
        <Banner
          variant="strong"
          sticky={false}
          title={
            <>
              {banner.title}{' '}
              <a href={banner.link.href} target="_blank" rel="noreferrer">
                {banner.link.label}
              </a>
            </>
          }
        />
      </div>
    </>,
  );
}
