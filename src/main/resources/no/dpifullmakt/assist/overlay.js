// The robot's overlay in assisted mode: a panel that says what the robot is about to do and why,
// an outline around the element it will use, and buttons for the person's answer.
// arguments: [command, data]
//   "show":    data = {heading, text, why, buttons: [{id, label}], element, banner}
//   "hide":    removes the panel (the outline stays until "unmark")
//   "unmark":  removes the outline
//   "answer":  returns the id of the button the person pressed, or null
const [command, data] = arguments;
const ROOT_ID = 'dpi-robot-overlay';
const STATE = (window.__dpiRobot = window.__dpiRobot || { answer: null, marked: null });

function mountPoint() {
  // A modal dialog makes everything outside it inert: the panel must live inside it.
  const modal = Array.from(document.querySelectorAll('dialog')).filter((d) => d.matches(':modal')).pop();
  return modal || document.body;
}

function removePanel() {
  const old = document.getElementById(ROOT_ID);
  if (old) old.remove();
}

function unmark() {
  if (STATE.marked && STATE.marked.isConnected) {
    STATE.marked.style.outline = STATE.marked.dataset.dpiOutline || '';
    STATE.marked.style.outlineOffset = STATE.marked.dataset.dpiOutlineOffset || '';
  }
  STATE.marked = null;
}

if (command === 'hide') {
  removePanel();
  return null;
}
if (command === 'unmark') {
  unmark();
  return null;
}
if (command === 'answer') {
  return STATE.answer;
}

removePanel();
unmark();
STATE.answer = null;
const panel = document.createElement('section');
panel.id = ROOT_ID;
panel.setAttribute('data-dpi-robot', 'overlay');
panel.setAttribute('lang', 'nb');
panel.style.cssText = [
  'position:fixed', data.banner ? 'top:8px' : 'bottom:16px', 'right:16px', 'z-index:2147483647',
  'max-width:380px', 'background:#fff8d6', 'color:#1a1a1a', 'border:3px solid #e0218a',
  'border-radius:8px', 'box-shadow:0 4px 16px rgba(0,0,0,.35)', 'padding:14px 16px',
  'font:15px/1.4 system-ui,Arial,sans-serif'
].join(';');
const heading = document.createElement('div');
heading.style.cssText = 'font-weight:700;font-size:16px;margin-bottom:6px';
heading.textContent = 'DPI-roboten · ' + data.heading;
panel.appendChild(heading);
// Organisation numbers stay on one line.
const keepTogether = (s) => s.replace(/(\d{3}) (\d{3}) (\d{3})/g, '$1\u00a0$2\u00a0$3');
if (data.text) {
  const text = document.createElement('div');
  text.style.cssText = 'font-size:15px;margin-bottom:6px';
  text.textContent = keepTogether(data.text);
  panel.appendChild(text);
}
if (data.why) {
  const why = document.createElement('div');
  why.style.cssText = 'font-size:13px;color:#444';
  why.textContent = 'Hvorfor: ' + data.why;
  panel.appendChild(why);
}
for (const button of data.buttons || []) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = button.label;
  b.style.cssText = 'margin:10px 8px 0 0;padding:6px 12px;font:inherit;cursor:pointer';
  b.addEventListener('click', (event) => {
    event.stopPropagation();
    STATE.answer = button.id;
  });
  panel.appendChild(b);
}
if (data.banner) {
  panel.style.pointerEvents = (data.buttons || []).length ? 'auto' : 'none';
  panel.style.opacity = '0.95';
}
mountPoint().appendChild(panel);
if (data.element) {
  const el = data.element;
  el.dataset.dpiOutline = el.style.outline;
  el.dataset.dpiOutlineOffset = el.style.outlineOffset;
  el.style.outline = '4px solid #e0218a';
  el.style.outlineOffset = '2px';
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  STATE.marked = el;
}
return null;
