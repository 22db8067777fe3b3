// The parts of the practice portal's Altinn 3 screens that Altinn's own component library draws,
// as the views use them.

import '@altinn/altinn-components/dist/global.css';

export { BreadcrumbTrail } from './layout/breadcrumbs.jsx';

// Dialogs and messages
export { ModalDialog } from './dialogs/modal-dialog.jsx';
export { AlertBox } from './messages/alert-box.jsx';
export { showSnackbarMessage } from './messages/snackbar.jsx';
export { Spinner } from './messages/spinner.jsx';
export { InfoPopover } from './popovers/info-popover.jsx';

// Controls and rows: tabs, search fields, organisation, API, service and user rows, loading rows,
// avatars, the owner filter, page buttons.
export { PageTabs } from './controls/tabs.jsx';
export { SearchBox } from './controls/search-field.jsx';
export { OrganisationList } from './controls/organisation-list.jsx';
export { ApiList, ApiListLoading } from './controls/api-list.jsx';
export { ServiceList } from './controls/service-list.jsx';
export { UserList } from './controls/user-list.jsx';
export { ListLoading } from './controls/skeleton.jsx';
export { PartyAvatar } from './controls/avatar.jsx';
export { OwnerFilter } from './controls/owner-filter.jsx';
export { ActionButton } from './controls/action-button.jsx';
export { PageIcon } from './controls/page-icon.jsx';

// Buttons, text fields and headings: Designsystemet's button in Altinn's variants, the library's
// TextField, Designsystemet's heading.
export { PageButton } from './forms/button.jsx';
export { PageTextField } from './forms/text-field.jsx';
export { PageHeading } from './typography/heading.jsx';
