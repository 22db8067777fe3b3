// The parts of the practice portal's Altinn 3 screens that Altinn's own component library draws.

import '@altinn/altinn-components/dist/global.css';

export { organisationList } from './controls/organisation-list.jsx';

export { breadcrumbTrail } from './layout/breadcrumbs.jsx';

// Dialogs and messages
export { openModalDialog } from './dialogs/modal-dialog.jsx';
export { alertBox } from './messages/alert-box.jsx';
export { showSnackbarMessage } from './messages/snackbar.jsx';
export { spinnerImage } from './messages/spinner.jsx';
export { infoPopoverButton } from './popovers/info-popover.jsx';

// Controls and rows: tabs, search fields, API, service and user rows, loading rows, avatars, the owner filter.
export { tabBar } from './controls/tabs.jsx';
export { searchBox } from './controls/search-field.jsx';
export { apiList, apiListLoading } from './controls/api-list.jsx';
export { serviceList } from './controls/service-list.jsx';
export { userList } from './controls/user-list.jsx';
export { listLoading } from './controls/skeleton.jsx';
export { avatarOf } from './controls/avatar.jsx';
export { ownerFilterOf } from './controls/owner-filter.jsx';

// Buttons, text fields and headings: Designsystemet's button in Altinn's variants, the library's
// TextField, Designsystemet's heading.
export { designButton } from './forms/button.jsx';
export { designTextField } from './forms/text-field.jsx';
export { designHeading } from './typography/heading.jsx';
