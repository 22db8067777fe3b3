// Ids unique in the page, for aria-labelledby and friends.

let counter = 0;

export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}
