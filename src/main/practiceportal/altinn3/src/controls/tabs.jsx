// Tabs as Altinn draws them: the design system's Tabs, an unnamed tablist with every panel in the
// page from the start, the inactive ones hidden. The page code fills tabBar's panels itself; a
// component gives PageTabs the panels' contents.

import { useState } from 'react';
import { flushSync } from 'react-dom';
import { DsTabs } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';
import { PageIcon } from './page-icon.jsx';

function TabBar({ items, first, control, onChosen }) {
  const [value, setValue] = useState(first);
  control.set = (id) => flushSync(() => setValue(id));
  return <PageTabs items={items} value={value} onChange={onChosen} />;
}

/**
 * The same tabs as a component, each panel holding its item's {@code content}.
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

/**
 * @param items [{id, label, icon}], icon a decorative svg element or null
 * @param onSelect (item, panel, fromUser) after a tab was chosen, by a person or by select()
 * @returns element, panels (to fill), select(index, {focus, fromUser}), indexOf(id)
 */
export function tabBar({ items, onSelect }) {
  const control = {};
  let panels = [];
  let tabs = [];
  const select = (index, { focus = false, fromUser = false } = {}) => {
    control.set(items[index].id);
    if (focus) tabs[index].focus();
    if (onSelect) onSelect(items[index], panels[index], fromUser);
  };
  const onChosen = (id) => select(items.findIndex((item) => item.id === id), { fromUser: true });
  const element = drawn(<TabBar items={items} first={items[0].id} control={control} onChosen={onChosen} />);
  panels = [...element.querySelectorAll('ds-tabpanel')];
  tabs = [...element.querySelectorAll('ds-tab')];
  return { element, panels, select, indexOf: (id) => items.findIndex((item) => item.id === id) };
}
