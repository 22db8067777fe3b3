// Sleeps until the page has changed since the last wake-up (see page-watch.js), or for at most
// arguments[1] milliseconds; never less than arguments[0] ms when it has changed. While something
// on the page is sliding or fading (CSS animations and transitions, which change no element), it
// wakes after arguments[2] ms. Run as an async script; the callback is the last argument.
// Returns what woke it: 'changed', 'moving', 'quiet', or 'new' for a page not yet looked at.
const [soonest, latest, whileMoving, done] = arguments;
const watch = window[Symbol.for('dpi-fullmakt.page-changes')];
if (!watch) {
  done('new');
  return;
}
const started = performance.now();
const wake = (why) => {
  watch.seen = watch.changes;
  done(why);
};
const animating = () => document.getAnimations().some((a) => a.playState === 'running');
let moving = animating();
const check = () => {
  const waited = performance.now() - started;
  if (watch.changes !== watch.seen && waited >= soonest) return wake('changed');
  if (moving && waited >= whileMoving) return wake('moving');
  if (waited >= latest) return wake('quiet');
  setTimeout(check, 10);
};
check();
