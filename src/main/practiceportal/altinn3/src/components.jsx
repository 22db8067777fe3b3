// The parts of the practice portal's Altinn 3 screens that Altinn's own component library draws.

import '@altinn/altinn-components/dist/global.css';

export { organisationList } from './organisation-list.jsx';

// Controls and rows: tabs, search fields, API, service and user rows, loading rows, avatars, the owner filter.
export { tabBar } from './controls/tabs.jsx';
export { searchBox } from './controls/search-field.jsx';
export { apiList, apiListLoading } from './controls/api-list.jsx';
export { serviceList } from './controls/service-list.jsx';
export { userList } from './controls/user-list.jsx';
export { listLoading } from './controls/skeleton.jsx';
export { avatarOf } from './controls/avatar.jsx';
export { ownerFilterOf } from './controls/owner-filter.jsx';
