// Page buttons under a long result list: "Side 1", "Side 2", … (the current one
// aria-current="true"), with previous and next buttons, in a navigation.

import { icon } from '../icons.js';
import { t } from '../texts.js';
import { PageIcon } from './page-icon.jsx';

export function Pagination({ page, pages, onPage }) {
  const d = t.giveDialog;
  return (
    <nav className="pagination">
      <ul>
        <PageStep label={d.previousPage} iconName="chevron-left" target={page - 1} disabled={page <= 1} onPage={onPage} />
        {Array.from({ length: pages }, (_, i) => i + 1).map((target) => (
          <li key={target}>
            <button
              type="button"
              className="page-button"
              aria-label={d.page(target)}
              aria-current={target === page ? 'true' : undefined}
              onClick={() => onPage(target)}
            >
              {String(target)}
            </button>
          </li>
        ))}
        <PageStep label={d.nextPage} iconName="chevron-right" target={page + 1} disabled={page >= pages} onPage={onPage} />
      </ul>
    </nav>
  );
}

function PageStep({ label, iconName, target, disabled, onPage }) {
  return (
    <li>
      <button type="button" className="page-button page-step" aria-label={label} disabled={disabled} onClick={() => onPage(target)}>
        <PageIcon svg={icon(iconName)} />
      </button>
    </li>
  );
}
