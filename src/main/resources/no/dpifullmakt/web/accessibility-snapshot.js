// Lists the elements a person can perceive, with their ARIA role and accessible name, the way
// assistive technology sees them (a simplified "accname 1.2"). One call per look, so finding an
// element costs one round trip. The robot confirms a chosen element with the browser's own
// computed name (WebElement.getAccessibleName), so this only needs to be close.
//
// arguments[0]: the element to search within, or null for the whole document.
// arguments[1]: true to add each element's place (only for diagnoses: it costs a little).
// arguments[2]: the roles to list, or null for all. Looking for one role this way skips the
//               names of every other element, which is most of the work on a large page.
// arguments[3]: 'act' for the look just before the robot acts (run as an async script, with the
//               callback in arguments[4]). It adds, in the same round trip, whether each listed
//               element is moving and where it lies on the screen, and the whole page as it is
//               (without element links, and without alerts, which go away by themselves), for the
//               reports. Otherwise the elements are returned at once.
// Returns: {elements: [{el, role, name, level, disabled, blocked, expanded, controls, selected,
//            checked, id, item, tag, text, place, address}], address}, or for 'act' {elements: [... with moving
//            and box], page: [... without el], address}
// (box: [left, top, width, height, viewport width, viewport height, devicePixelRatio], for the
//  screenshot's outline)
// (address: the page's address, so a look also tells where it looked without another round trip)
// (place: the role and name of the nearest landmark or dialog around it, "role\u0000name", or '')
// (text: the visible text of list items, table rows and messages, which have no name of their own)
// (item: the index of the listed list item or table row the element lies in, or -1)
// Field values are never returned: a field may hold a national identity number.
const scope = arguments[0] || document.documentElement;
const withPlaces = arguments[1] === true;
const wantedRoles = Array.isArray(arguments[2]) ? new Set(arguments[2]) : null;
const beforeAction = arguments[3] === 'act';
const done = arguments[4];

const INTERESTING = new Set([
  'button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'tab',
  'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'slider', 'spinbutton', 'listbox',
  'dialog', 'alertdialog', 'heading', 'tablist', 'tabpanel', 'menu', 'menubar', 'list',
  'listitem', 'navigation', 'status', 'alert', 'region', 'img', 'group', 'progressbar', 'main',
  'banner', 'contentinfo', 'note', 'form', 'search', 'table', 'row', 'cell', 'columnheader'
]);
const NAME_FROM_CONTENT = new Set([
  'button', 'link', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'heading',
  'checkbox', 'radio', 'switch', 'cell', 'columnheader', 'row', 'treeitem', 'tooltip'
]);
const TEXT_INPUT_TYPES = ['text', 'email', 'tel', 'url', 'password'];

function implicitRole(el) {
  const tag = el.localName;
  switch (tag) {
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : null;
    case 'button':
      return 'button';
    case 'input': {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      if (TEXT_INPUT_TYPES.includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
      if (type === 'number') return 'spinbutton';
      if (type === 'range') return 'slider';
      return null;
    }
    case 'textarea':
      return 'textbox';
    case 'select':
      return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    case 'option':
      return 'option';
    case 'dialog':
      return 'dialog';
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return 'heading';
    case 'ul': case 'ol': case 'menu':
      return 'list';
    case 'li':
      return 'listitem';
    case 'nav':
      return 'navigation';
    case 'main':
      return 'main';
    case 'search':
      return 'search';
    case 'form':
      return 'form';
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
    case 'img':
      return el.getAttribute('alt') === '' ? null : 'img';
    case 'output':
      return 'status';
    case 'fieldset': case 'details':
      return 'group';
    case 'progress':
      return 'progressbar';
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'td':
      return 'cell';
    case 'th':
      return 'columnheader';
    default:
      return null;
  }
}

function roleOf(el) {
  const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
  if (explicit && explicit !== 'none' && explicit !== 'presentation') return explicit;
  if (explicit === 'none' || explicit === 'presentation') return null;
  return implicitRole(el);
}

function hiddenForName(el) {
  if (el.nodeType !== 1) return false;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hidden) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

function pseudoText(el, which) {
  const content = getComputedStyle(el, which).content;
  if (!content || content === 'none' || content === 'normal') return '';
  const m = content.match(/^"(.*)"$/);
  return m ? m[1] : '';
}

function isBlock(el) {
  const d = getComputedStyle(el).display;
  return d === 'block' || d === 'flex' || d === 'grid' || d === 'list-item' || d === 'table';
}

function controlLabel(el, visited) {
  const labels = el.labels ? Array.from(el.labels) : [];
  const text = labels.map((l) => contentText(l, visited, false, el)).join(' ').trim();
  if (text) return text;
  return (el.getAttribute('title') || el.getAttribute('placeholder') || '').trim();
}

function contentText(el, visited, inLabelledBy, skip) {
  let out = pseudoText(el, '::before');
  for (const child of el.childNodes) {
    if (child === skip) continue;
    if (child.nodeType === 3) {
      out += child.textContent;
    } else if (child.nodeType === 1) {
      const part = textAlternative(child, visited, inLabelledBy, true);
      out += isBlock(child) ? ' ' + part + ' ' : part;
    }
  }
  return out + pseudoText(el, '::after');
}

function textAlternative(el, visited, inLabelledBy, inContent) {
  if (visited.has(el)) return '';
  visited.add(el);
  if (!inLabelledBy && hiddenForName(el)) return '';
  if (!inLabelledBy) {
    const ids = (el.getAttribute('aria-labelledby') || '').trim();
    if (ids) {
      const text = ids.split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter((n) => n)
        .map((n) => textAlternative(n, new Set(), true, false))
        .join(' ').trim();
      if (text) return text;
    }
  }
  const label = el.getAttribute('aria-label');
  if (label && label.trim()) return label;
  const tag = el.localName;
  const role = roleOf(el);
  if (tag === 'input') {
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (['button', 'submit', 'reset'].includes(type)) {
      return el.value || (type === 'reset' ? 'Reset' : type === 'submit' ? 'Submit' : '');
    }
    if (type === 'image') return el.getAttribute('alt') || el.value || 'Submit';
    // An embedded text field adds nothing: its value could be a secret.
    return inContent ? '' : controlLabel(el, visited);
  }
  if (tag === 'textarea') return inContent ? '' : controlLabel(el, visited);
  if (tag === 'select') {
    const chosen = el.selectedOptions && el.selectedOptions[0];
    return inContent ? (chosen ? chosen.textContent : '') : controlLabel(el, visited);
  }
  if (tag === 'img') return el.getAttribute('alt') || el.getAttribute('title') || '';
  if (tag === 'fieldset') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return contentText(legend, visited, inLabelledBy);
  }
  if (tag === 'table') {
    const caption = el.querySelector(':scope > caption');
    if (caption) return contentText(caption, visited, inLabelledBy);
  }
  if (inLabelledBy || inContent || NAME_FROM_CONTENT.has(role)) {
    const text = contentText(el, visited, inLabelledBy);
    if (text.trim()) return text;
  }
  return el.getAttribute('title') || '';
}

function perceivable(el) {
  if (el.closest('[aria-hidden="true"], [inert]')) return false;
  if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  return el.getClientRects().length > 0;
}

function topModal() {
  const natives = Array.from(document.querySelectorAll('dialog')).filter((d) => d.matches(':modal'));
  if (natives.length) return natives[natives.length - 1];
  const aria = Array.from(document.querySelectorAll('[aria-modal="true"]')).filter(perceivable);
  return aria.length ? aria[aria.length - 1] : null;
}

const PLACES = new Set(['navigation', 'main', 'banner', 'contentinfo', 'complementary', 'region',
  'dialog', 'alertdialog', 'form', 'search']);
const SECTIONING = 'article, aside, main, nav, section';
const placeNames = new Map();

function placeRole(el) {
  const role = roleOf(el);
  if (role) return role;
  // Page-level header, footer and aside are landmarks too; only here, where they tell where.
  if (el.localName === 'header' && !el.parentElement.closest(SECTIONING)) return 'banner';
  if (el.localName === 'footer' && !el.parentElement.closest(SECTIONING)) return 'contentinfo';
  if (el.localName === 'aside') return 'complementary';
  return null;
}

function placeOf(el) {
  for (let around = el.parentElement; around; around = around.parentElement) {
    const role = placeRole(around);
    if (role && PLACES.has(role)) {
      if (!placeNames.has(around)) {
        placeNames.set(around, role + '\u0000' + textAlternative(around, new Set(), false, false).trim());
      }
      return placeNames.get(around);
    }
  }
  return '';
}

const modal = topModal();
const address = location.href;

function list(root, roles, withElements, withoutMessages) {
  const result = [];
  const items = new Map();
  // The listed list item or table row an element lies in, as its index in the result, or -1: rows
  // and what is in them come from one look, so a list drawn anew cannot mix old rows with new.
  const itemOf = (el) => {
    for (let p = el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
      if (items.has(p)) return items.get(p);
    }
    return -1;
  };
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const role = roleOf(el);
    if (!role || !INTERESTING.has(role) || (roles && !roles.has(role))) continue;
    if (!perceivable(el)) continue;
    // The robot's own overlay (assisted mode) is not part of the page.
    if (el.closest('[data-dpi-robot]')) continue;
    // A message that goes away by itself (a snackbar and its "close") is not part of the screen
    // the reports keep: whether it was still there is a matter of timing.
    if (withoutMessages && el.closest('[role="alert"]')) continue;
    const levelAttr = el.getAttribute('aria-level');
    const heading = /^h[1-6]$/.exec(el.localName);
    result.push({
      el: withElements ? el : null,
      role,
      name: textAlternative(el, new Set(), false, false),
      level: levelAttr ? parseInt(levelAttr, 10) : heading ? parseInt(el.localName[1], 10) : 0,
      disabled: !!(el.disabled || el.closest('[aria-disabled="true"]') ||
        el.closest('fieldset[disabled]')),
      blocked: !!(modal && !modal.contains(el)),
      expanded: el.getAttribute('aria-expanded') || '',
      controls: el.getAttribute('aria-controls') || '',
      selected: el.getAttribute('aria-selected') || '',
      checked: el.checked === true || el.getAttribute('aria-checked') === 'true',
      id: el.id || '',
      tag: el.localName,
      text: ['listitem', 'row', 'alert', 'status'].includes(role) ? el.innerText : '',
      item: items.size ? itemOf(el) : -1,
      place: withPlaces ? placeOf(el) : '',
      address
    });
    if (role === 'listitem' || role === 'row') items.set(el, result.length - 1);
  }
  return result;
}

const elements = list(scope, wantedRoles, true);
if (!beforeAction) return { elements, address };

// Moving means the same element has another box two animation frames later (sliding in, fading).
// Only CSS animations and transitions move Altinn's pages, so with none running nothing moves.
const box = (el) => {
  const r = el.getBoundingClientRect();
  return [r.x, r.y, r.width, r.height].join(',');
};
const onScreen = (e) => {
  const r = e.el.getBoundingClientRect();
  e.box = [r.left, r.top, r.width, r.height, innerWidth, innerHeight, devicePixelRatio || 1];
};
const page = list(document.documentElement, null, false, true);
const animating = document.getAnimations().some((a) => a.playState === 'running');
if (elements.length === 0 || !animating) {
  elements.forEach((e) => { e.moving = false; onScreen(e); });
  done({ elements, page, address });
} else {
  const before = elements.map((e) => box(e.el));
  requestAnimationFrame(() => requestAnimationFrame(() => {
    elements.forEach((e, i) => { e.moving = box(e.el) !== before[i]; onScreen(e); });
    done({ elements, page, address });
  }));
}
