import { t } from '../texts.js';
import { placeholderPage } from './placeholder-page.js';

export function usersPage(main, context) {
  placeholderPage(main, context, t.sidebar.users);
}
