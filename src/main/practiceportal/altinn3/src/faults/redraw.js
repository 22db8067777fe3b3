// The practice portal only, fault "rerenderHverMs": a list is drawn anew at an interval, with new
// elements and the same content, so elements a robot found earlier go stale.

import { redrawMillis } from '../practice-settings.js';

const timers = new WeakMap();

/** Calls redraw() every few moments while the element is on the page. Off without the fault. */
export function keepRedrawing(element, redraw) {
  if (!redrawMillis || timers.has(element)) return;
  const timer = setInterval(() => {
    if (!element.isConnected) {
      clearInterval(timer);
      timers.delete(element);
      return;
    }
    redraw();
  }, redrawMillis);
  timers.set(element, timer);
}
