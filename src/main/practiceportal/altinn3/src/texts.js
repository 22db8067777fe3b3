// The texts of the page's language, in one place like Altinn's localisation files. The server
// writes the person's language into <html lang> ("nb", "nn" or "en") before any script runs, so
// every view reads its texts from `t` in that language; anything else reads bokmål.

import { nb } from './texts-nb.js';
import { nn } from './texts-nn.js';
import { en } from './texts-en.js';

const catalogues = { nb, nn, en };

/** The page's language: "nb", "nn" or "en". */
export const language = Object.hasOwn(catalogues, document.documentElement.lang) ? document.documentElement.lang : 'nb';

export const t = catalogues[language];

/** The language codes in the order the menu offers them. */
export const languages = Object.keys(catalogues);
