// Headings as Altinn draws them: Designsystemet's heading (DsHeading) at the level the screen has.
// A heading holds no state, so React draws it once and hands the element over to the page code,
// which may change its text (the "Fullmakt til N API" count) or focus it.

import { DsHeading } from '@altinn/altinn-components';
import { drawnElement } from '../draw.jsx';

const SIZES = { 1: 'md', 2: 'sm', 3: 'xs', 4: '2xs' };

/**
 * @param level 1 to 4
 * @param text the heading's text
 * @param className the page's own class for its place and size
 * @param id an id (for a region the heading names), or nothing
 * @param focusable whether the page may move focus to it (tabindex -1)
 * @returns the heading element
 */
export function designHeading({ level, text, className, id, focusable = false }) {
  return drawnElement(<PageHeading level={level} className={className} id={id} focusable={focusable}>{text}</PageHeading>);
}

/** The same heading as a component. */
export function PageHeading({ level, focusable = false, children, ...attributes }) {
  return (
    <DsHeading level={level} data-size={SIZES[level]} tabIndex={focusable ? -1 : undefined} {...attributes}>
      {children}
    </DsHeading>
  );
}
