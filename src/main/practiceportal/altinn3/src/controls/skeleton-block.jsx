// A grey block standing in while something loads (a heading, a list): Designsystemet's skeletons
// are hidden from assistive technology, so it has no text and no role.

/** @param kind "block", "heading" or "list" */
export function SkeletonBlock({ kind = 'block' }) {
  return <div className={`skeleton skeleton-${kind}`} aria-hidden="true" />;
}
