// Where a person's pointer presses the element, found as WebDriver's element click finds it: the
// centre of the element's first box inside the window, after scrolling the page (and any scrolling
// part around the element) just enough to show it; a shown element does not move. Answers [x, y] in
// the window's pixels, "hidden" when the element has no box, and "covered" when something else lies
// on top at that point.
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
return hit === element || element.contains(hit) ? point : 'covered';
