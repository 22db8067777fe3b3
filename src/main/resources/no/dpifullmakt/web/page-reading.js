// Reads text the way a person (or a screen reader) meets it, where roles and names are not enough.
// One call per question.
//
// arguments[0]: what to read:
//   'live'      the messages a screen reader would announce: the visible text of every live region
//               (aria-live polite/assertive, role alert/status/log) inside arguments[1] (or the
//               page), outermost regions only, each as its lines.
//   'listAfter' the items of the first list that follows the heading arguments[1] in the page,
//               before the next heading of the same or a higher level; null when there is none.
//   'lines'     the visible lines of text inside arguments[1] (or the page).
//   'busy'      whether anything inside arguments[1] (or the page) says it is still loading
//               (aria-busy="true").
//   'lang'      the page's own language, as its <html lang> says ("nb", "en-GB"); '' when none.
//   'health'    whether the page is a portal page at all: {status: the HTTP status of the page
//               load, url, shown: the first of the texts in arguments[1] that the page shows}.
// Field values are never returned: they may hold a national identity number.
const mode = arguments[0];
const arg = arguments[1];

function perceivable(el) {
  if (el.closest('[aria-hidden="true"], [inert]')) return false;
  if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
  return el.getClientRects().length > 0;
}

function lines(el) {
  return (el.innerText || '').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

const LIVE = '[aria-live]:not([aria-live="off"]), [role="alert"], [role="status"], [role="log"]';

if (mode === 'live') {
  const root = arg || document.body;
  const regions = Array.from(root.querySelectorAll(LIVE)).filter(
    (r) => !(r.parentElement && r.parentElement.closest(LIVE) && root.contains(r.parentElement.closest(LIVE))));
  return regions.filter(perceivable).map(lines).filter((l) => l.length > 0);
}

if (mode === 'lines') {
  return lines(arg || document.body);
}

if (mode === 'busy') {
  const root = arg || document.body;
  return [root, ...root.querySelectorAll('[aria-busy="true"]')]
    .some((el) => el.getAttribute('aria-busy') === 'true' && perceivable(el));
}

if (mode === 'listAfter') {
  const heading = arg;
  const level = (el) => {
    const aria = el.getAttribute('aria-level');
    if (aria) return parseInt(aria, 10);
    const m = /^h([1-6])$/.exec(el.localName);
    return m ? parseInt(m[1], 10) : 0;
  };
  const isHeading = (el) => /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading';
  const isList = (el) => el.localName === 'ul' || el.localName === 'ol' || el.getAttribute('role') === 'list';
  const mine = level(heading);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = heading;
  let node = walker.nextNode();
  while (node) {
    if (!heading.contains(node)) {
      if (isHeading(node) && level(node) <= mine) return null;
      if (isList(node) && perceivable(node)) {
        const items = Array.from(node.querySelectorAll('li, [role="listitem"]'))
          .filter((li) => li.closest('ul, ol, [role="list"]') === node && perceivable(li));
        return items.map((li) => lines(li).join(' '));
      }
    }
    node = walker.nextNode();
  }
  return null;
}

if (mode === 'lang') {
  return document.documentElement.lang || document.documentElement.getAttribute('xml:lang') || '';
}

if (mode === 'health') {
  const entry = performance.getEntriesByType('navigation')[0];
  const text = document.body ? document.body.innerText : '';
  const shown = (arg || []).find((known) => text.includes(known)) || null;
  return { status: entry && entry.responseStatus ? entry.responseStatus : 0, url: location.href, shown };
}

return null;
