// Sleeps until the page has changed since the last wake-up (see page-watch.js), or for at most
// arguments[1] milliseconds; never less than arguments[0] ms when it has changed. While something
// on the page is sliding or fading (CSS animations and transitions, which change no element), it
// wakes after arguments[2] ms. On a page not yet looked at, it wakes at once. Run as an async
// script; the callback is the last argument.
const [soonest, latest, whileMoving, done] = arguments;
const watch = window[Symbol.for('dpi-fullmakt.page-changes')];
if (!watch) {
  done();
  return;
}
const started = performance.now();
const wake = () => {
  watch.seen = watch.changes;
  done();
};
const moving = document.getAnimations().some((a) => a.playState === 'running');
const check = () => {
  const waited = performance.now() - started;
  if (watch.changes !== watch.seen && waited >= soonest) return wake();
  if (moving && waited >= whileMoving) return wake();
  if (waited >= latest) return wake();
  setTimeout(check, 10);
};
check();
