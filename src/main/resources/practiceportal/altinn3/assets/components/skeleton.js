// Placeholders while something loads. Designsystemet's skeletons are hidden from assistive
// technology; Altinn's skeleton list items show placeholder x's instead of names.

import { h } from '../dom.js';
import { t } from '../texts.js';

/** A grey block, aria-hidden. */
export function skeletonBlock(kind = 'block') {
  return h('div', { class: `skeleton skeleton-${kind}`, 'aria-hidden': 'true' });
}

/** A list of {count} rows whose only text is x's: nothing in them can be used. */
export function skeletonList(count, texts = t.skeletonTexts) {
  return h(
    'ul',
    { class: 'org-list skeleton-list' },
    Array.from({ length: count }, (_, i) =>
      h('li', { class: 'org-row org-row-loading' }, h('span', { class: 'skeleton-text' }, texts[i % texts.length])),
    ),
  );
}
