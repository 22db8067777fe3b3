// What the last press of the pointer reached, as click-point.js heard it: "clicked" when the
// element got the click; "pressed" when it got the button going down but no click; "other" when
// the press went to something else that could act on it (a control, a link); "none" when it went
// only to what cannot act (a placeholder, text, the page itself); and "new page" when a new page
// has come since, so the press did something. Stops listening.
const key = Symbol.for('dpi-fullmakt.press');
const press = window[key];
if (!press) {
  return 'new page';
}
press.stop();
delete window[key];
return press.reached;
