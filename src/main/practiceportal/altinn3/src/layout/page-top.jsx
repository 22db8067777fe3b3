// The top of every page before the header, as Altinn's Layout draws it: the skip link and the
// status banner (a status region whose level 2 heading holds the news and a link to it).

import { Banner } from '@altinn/altinn-components';
// Layout's own skip link; the library's index does not export it.
import { SkipLink } from '@altinn/altinn-components/dist/components/SkipLink/SkipLink.js';
import { t } from '../texts.js';
import { paths } from './paths.js';

/** @param mainId the id of the element the skip link skips to */
export function PageTop({ mainId }) {
  return (
    <>
      <SkipLink href={`#${mainId}`}>{t.skipLink}</SkipLink>
      <div data-color="company">
        <Banner
          variant="strong"
          sticky={false}
          title={
            <>
              {t.statusBanner}{' '}
              <a href={paths.news} target="_blank" rel="noreferrer">
                {t.statusBannerLink}
              </a>
            </>
          }
        />
      </div>
    </>
  );
}
