// Puts the keyboard in the field, as WebDriver's element send keys does before it types: the field
// is scrolled just enough to show it, focused if it is not already, and its caret put after its
// text. Answers "ready", "hidden" when the field has no box, or "unfocusable" when the page would
// not let it take the keyboard.
const field = arguments[0];
field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
if (!Array.from(field.getClientRects()).some((r) => r.width > 0 && r.height > 0)) {
  return 'hidden';
}
const root = field.getRootNode();
if (root.activeElement !== field) {
  field.focus();
  if (typeof field.value === 'string' && typeof field.setSelectionRange === 'function') {
    try {
      field.setSelectionRange(field.value.length, field.value.length);
    } catch (notText) {
      // Fields such as number or email have no caret to place.
    }
  }
}
return root.activeElement === field ? 'ready' : 'unfocusable';
