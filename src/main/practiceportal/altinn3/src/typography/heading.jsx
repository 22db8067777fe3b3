// Headings as Altinn draws them: Designsystemet's heading (DsHeading) at the level the screen has;
// a focusable one can take the focus when its page is drawn.

import { DsHeading } from '@altinn/altinn-components';

const SIZES = { 1: 'md', 2: 'sm', 3: 'xs', 4: '2xs' };

/**
 * @param level 1 to 4
 * @param className the page's own class for its place and size
 * @param id an id (for a region the heading names), or nothing
 * @param focusable whether the page may move focus to it (tabindex -1)
 */
export function PageHeading({ level, focusable = false, children, ...attributes }) {
  return (
    <DsHeading level={level} data-size={SIZES[level]} tabIndex={focusable ? -1 : undefined} {...attributes}>
      {children}
    </DsHeading>
  );
}
