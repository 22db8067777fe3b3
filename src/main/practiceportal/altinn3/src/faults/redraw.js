// The practice portal only, fault "rerenderHverMs": a list is drawn anew at an interval, with new
// elements and the same content, so elements a robot found earlier go stale.

import { useEffect, useState } from 'react';
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

/**
 * In a component: a number that grows every few moments while {@code shown}, for the key of the
 * list's rows, so React draws them anew with new elements. Stays 0 without the fault.
 */
export function useRedrawCount(shown) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!redrawMillis || !shown) return undefined;
    const timer = setInterval(() => setCount((c) => c + 1), redrawMillis);
    return () => clearInterval(timer);
  }, [shown]);
  return count;
}
