// Tabs as Altinn draws them: the design system's Tabs, an unnamed tablist with every panel in the
// page from the start, the inactive ones hidden.

import { DsTabs } from '@altinn/altinn-components';
import { PageIcon } from './page-icon.jsx';

/**
 * Each panel holds its item's {@code content}.
 *
 * @param items [{id, label, icon, content}], icon a decorative svg element or null
 * @param value the chosen tab's id
 * @param onChange called with the id of the tab a person chose
 */
export function PageTabs({ items, value, onChange }) {
  return (
    <DsTabs value={value} onChange={onChange}>
      <DsTabs.List>
        {items.map((item) => (
          <DsTabs.Tab key={item.id} value={item.id}>
            <PageIcon svg={item.icon} />
            {item.label}
          </DsTabs.Tab>
        ))}
      </DsTabs.List>
      {items.map((item) => (
        <DsTabs.Panel key={item.id} value={item.id}>
          {item.content}
        </DsTabs.Panel>
      ))}
    </DsTabs>
  );
}
