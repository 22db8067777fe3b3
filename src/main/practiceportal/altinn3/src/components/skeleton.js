// Placeholders while something loads. Designsystemet's skeletons are hidden from assistive
// technology; Altinn's skeleton list items (drawn by its component library) show placeholder x's
// instead of names.

import { h } from '../dom.js';
import { t } from '../texts.js';
import { listLoading } from '../components.jsx';

/** A grey block, aria-hidden. */
export function skeletonBlock(kind = 'block') {
  return h('div', { class: `skeleton skeleton-${kind}`, 'aria-hidden': 'true' });
}

/** A list of {count} loading rows whose only text is x's: nothing in them can be used. */
export function skeletonList(count, texts = t.skeletonTexts) {
  return listLoading({ count, texts });
}
