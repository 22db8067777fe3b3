// Where a person's pointer presses the element, found as WebDriver's element click finds it: the
// centre of the element's first box inside the window, after scrolling the page (and any scrolling
// part around the element) just enough to show it; a shown element does not move. Answers [x, y] in
// the window's pixels, "hidden" when the element has no box, and "covered" when something else lies
// on top at that point. Before it answers with a point, it starts listening for the press: see
// press-reached.js.
const element = arguments[0];

function centre() {
  const box = Array.from(element.getClientRects()).find((r) => r.width > 0 && r.height > 0);
  if (!box) {
    return null;
  }
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, window.innerWidth);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  if (left >= right || top >= bottom) {
    return null;
  }
  return [Math.floor((left + right) / 2), Math.floor((top + bottom) / 2)];
}

element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
const point = centre();
if (!point) {
  return 'hidden';
}
// Inside a shadow root the document answers with the host; the root itself answers with the element.
const root = element.getRootNode();
const hit = (typeof root.elementFromPoint === 'function' ? root : document).elementFromPoint(
  point[0],
  point[1]
);
if (hit !== element && !element.contains(hit)) {
  return 'covered';
}
// Heard on the window before the page's own listeners, so the page cannot hide the press. A press
// aimed at the element reaches another when the page draws the element anew at that moment.
const key = Symbol.for('dpi-fullmakt.press');
const press = { reached: 'none' };
const kinds = { pointerdown: 'pressed', mousedown: 'pressed', click: 'clicked' };
const ACTING_ROLES = new Set([
  'button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'checkbox',
  'radio', 'switch', 'combobox', 'textbox', 'searchbox', 'slider', 'spinbutton', 'treeitem'
]);
// Whatever could act on a press: a control, a link, a focusable or scripted element.
const acts = (node) =>
  node instanceof Element &&
  (node.matches('a[href], button, input, select, textarea, summary, label, [onclick], [contenteditable]') ||
    ACTING_ROLES.has(node.getAttribute('role')) ||
    (node.hasAttribute('tabindex') && node.tabIndex >= 0));
const hear = (event) => {
  const path = event.composedPath();
  if (path.includes(element)) {
    press.reached = press.reached === 'clicked' ? 'clicked' : kinds[event.type];
  } else if (press.reached === 'none' && path.some(acts)) {
    press.reached = 'other';
  }
};
Object.keys(kinds).forEach((type) => window.addEventListener(type, hear, true));
press.stop = () => Object.keys(kinds).forEach((type) => window.removeEventListener(type, hear, true));
if (window[key]) {
  window[key].stop();
}
window[key] = press;
return point;
