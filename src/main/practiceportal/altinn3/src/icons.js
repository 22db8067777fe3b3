// Hand-drawn outline icons in the spirit of Aksel/Designsystemet. Always hidden from assistive
// technology: the text next to an icon carries the meaning.

const SVG = 'http://www.w3.org/2000/svg';

const SHAPES = {
  info: [['rect', { x: 4, y: 4, width: 16, height: 16, rx: 1.5 }], ['path', { d: 'M12 11v6M12 7.5v.5' }]],
  lock: [['rect', { x: 5, y: 11, width: 14, height: 10, rx: 2, class: 'filled' }], ['path', { d: 'M8 11V8a4 4 0 0 1 8 0v3' }], ['path', { d: 'M12 15v2', class: 'inverse' }]],
  bell: [['path', { d: 'M6 17v-6a6 6 0 0 1 12 0v6l1.5 1.5h-15z' }], ['path', { d: 'M10 20.5a2 2 0 0 0 4 0' }], ['path', { d: 'M12 3v2' }]],
  people: [['circle', { cx: 9, cy: 8, r: 3.5 }], ['path', { d: 'M3 20c0-3.6 2.7-6 6-6s6 2.4 6 6' }], ['path', { d: 'M15 4.8a3.2 3.2 0 0 1 0 6.4M17 14.3c2.3.6 4 2.6 4 5.7' }]],
  key: [['circle', { cx: 12, cy: 7, r: 4 }], ['path', { d: 'M12 11v10M12 16h3M12 19h2.5' }]],
  'lock-open': [['rect', { x: 5, y: 11, width: 14, height: 10, rx: 2 }], ['path', { d: 'M8 11V8a4 4 0 0 1 7.6-1.7' }], ['path', { d: 'M12 15v2' }]],
  handshake: [['path', { d: 'M2.5 10.5l4-4 3 1.5 3-1.5 3 1.5 3-1.5 3 4-8.5 8.5a1.5 1.5 0 0 1-2 0z' }], ['path', { d: 'M9.5 8l-3 3 1 1 3.5-2.5 4 4M10 14.5l2 2M8 12.5l2 2' }]],
  database: [['ellipse', { cx: 12, cy: 6, rx: 7, ry: 3 }], ['path', { d: 'M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3' }]],
  monitors: [['rect', { x: 2.5, y: 3, width: 9, height: 6.5, rx: 0.5 }], ['rect', { x: 12.5, y: 13, width: 9, height: 6.5, rx: 0.5 }], ['path', { d: 'M7 9.5V14h5.5M17 13v-2.5M15 21.5h4M5 11.5h4' }]],
  nodes: [['circle', { cx: 12, cy: 5.5, r: 2.5 }], ['circle', { cx: 6, cy: 18.5, r: 2.5 }], ['circle', { cx: 18, cy: 18.5, r: 2.5 }], ['circle', { cx: 12, cy: 18.5, r: 2.5 }], ['path', { d: 'M12 8v8M11 7.8l-4 8.4M13 7.8l4 8.4' }]],
  cog: [['circle', { cx: 12, cy: 12, r: 3 }], ['path', { d: 'M12 2.5l1.8 2.6 3-.9.6 3.1 2.9 1.2-1.4 2.8 1.4 2.8-2.9 1.2-.6 3.1-3-.9L12 21.5l-1.8-2.6-3 .9-.6-3.1-2.9-1.2 1.4-2.8-1.4-2.8 2.9-1.2.6-3.1 3 .9z' }]],
  external: [['path', { d: 'M13 4h7v7M20 4l-9 9M18 14v6H4V6h6' }]],
  search: [['circle', { cx: 10.5, cy: 10.5, r: 6.5 }], ['path', { d: 'M15.5 15.5l5 5' }]],
  plus: [['path', { d: 'M12 5v14M5 12h14' }]],
  'chevron-right': [['path', { d: 'M9 5.5l6.5 6.5L9 18.5' }]],
  'arrow-left': [['path', { d: 'M20 12H4.5M10.5 6l-6 6 6 6' }]],
  'arrow-right': [['path', { d: 'M4 12h15.5M13.5 6l6 6-6 6' }]],
  trash: [['path', { d: 'M4 7h16M9.5 7V4h5v3M6.5 7l1 13.5h9l1-13.5M10 10.5v6.5M14 10.5v6.5' }]],
  x: [['path', { d: 'M6 6l12 12M18 6L6 18' }]],
  'circle-plus': [['circle', { cx: 12, cy: 12, r: 8.5 }], ['path', { d: 'M12 8v8M8 12h8' }]],
  'circle-minus': [['circle', { cx: 12, cy: 12, r: 8.5 }], ['path', { d: 'M8 12h8' }]],
  question: [['circle', { cx: 12, cy: 12, r: 8.5 }], ['path', { d: 'M9.7 9.6a2.4 2.4 0 1 1 3.3 2.2c-.6.3-1 .8-1 1.5v.6M12 16.5v.5' }]],
  menu: [['path', { d: 'M4 7h16M4 12h16M4 17h16' }]],
  'up-down': [['path', { d: 'M8.5 9.5L12 6l3.5 3.5M8.5 14.5L12 18l3.5-3.5' }]],
  'log-in': [['path', { d: 'M14 4h5v16h-5M4 12h11M11 8l4 4-4 4' }]],
  building: [['path', { d: 'M5 21V4h9v17M14 9h5v12M3 21h18M8 8h3M8 12h3M8 16h3' }]],
  person: [['circle', { cx: 12, cy: 8, r: 4 }], ['path', { d: 'M4.5 21c0-4.2 3.4-7 7.5-7s7.5 2.8 7.5 7' }]],
  check: [['path', { d: 'M5 12.5l4.5 4.5L19 7.5' }]],
  'circle-check': [['circle', { cx: 12, cy: 12, r: 8.5 }], ['path', { d: 'M8 12.5l2.7 2.7L16 9.5' }]],
  'menu-elipsis': [['circle', { cx: 6, cy: 12, r: 1.2, class: 'filled' }], ['circle', { cx: 12, cy: 12, r: 1.2, class: 'filled' }], ['circle', { cx: 18, cy: 12, r: 1.2, class: 'filled' }]],
  'chevron-left': [['path', { d: 'M15 5.5L8.5 12l6.5 6.5' }]],
};

export function icon(name, className = '') {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name} ${className}`.trim());
  for (const [tag, attrs] of SHAPES[name] || []) {
    const shape = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) shape.setAttribute(key, String(value));
    svg.append(shape);
  }
  return svg;
}
