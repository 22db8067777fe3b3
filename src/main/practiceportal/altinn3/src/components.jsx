// The parts of the practice portal's Altinn 3 screens that Altinn's own component library draws.
// Each is a React component (PageButton, ApiList, ModalDialog, …) for the views, and, while some
// views are still page code, a function that draws it at once and hands over its element.

import '@altinn/altinn-components/dist/global.css';

export { breadcrumbTrail, BreadcrumbTrail } from './layout/breadcrumbs.jsx';

// Dialogs and messages
export { openModalDialog, ModalDialog } from './dialogs/modal-dialog.jsx';
export { alertBox, AlertBox } from './messages/alert-box.jsx';
export { showSnackbarMessage } from './messages/snackbar.jsx';
export { spinnerImage, Spinner } from './messages/spinner.jsx';
export { InfoPopover } from './popovers/info-popover.jsx';

// Controls and rows: tabs, search fields, organisation, API, service and user rows, loading rows,
// avatars, the owner filter.
export { tabBar, PageTabs } from './controls/tabs.jsx';
export { searchBox, SearchBox } from './controls/search-field.jsx';
export { organisationList, OrganisationList } from './controls/organisation-list.jsx';
export { apiList, ApiList, apiListLoading, ApiListLoading } from './controls/api-list.jsx';
export { serviceList, ServiceList } from './controls/service-list.jsx';
export { userList, UserList } from './controls/user-list.jsx';
export { listLoading, ListLoading } from './controls/skeleton.jsx';
export { avatarOf, PartyAvatar } from './controls/avatar.jsx';
export { OwnerFilter } from './controls/owner-filter.jsx';
export { ActionButton } from './controls/action-button.jsx';
export { PageIcon } from './controls/page-icon.jsx';

// Buttons, text fields and headings: Designsystemet's button in Altinn's variants, the library's
// TextField, Designsystemet's heading.
export { designButton, PageButton } from './forms/button.jsx';
export { designTextField, PageTextField } from './forms/text-field.jsx';
export { designHeading, PageHeading } from './typography/heading.jsx';
