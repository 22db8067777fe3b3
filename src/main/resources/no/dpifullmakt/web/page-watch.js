// Counts the page's changes (any change to its elements, attributes or text), so that a wait can
// sleep until the page changes instead of looking again at a page that has not. Installed by the
// first look at a page; it changes nothing on the page.
(() => {
  const key = Symbol.for('dpi-fullmakt.page-changes');
  if (window[key]) return;
  const watch = { changes: 0, seen: 0 };
  new MutationObserver(() => { watch.changes++; })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window[key] = watch;
})();
