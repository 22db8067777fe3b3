import { t } from '../texts.js';
import { placeholderPage } from './placeholder-page.js';

export function userPage(main, context) {
  placeholderPage(main, context, t.sidebar.users);
}
