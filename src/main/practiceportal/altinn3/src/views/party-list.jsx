// The list of suppliers (or consumers) on the Maskinporten page, as Altinn's user list: a searchbox
// "Søk" that filters on name or organisation number as you type, ten rows at a time with "Se mer"
// for ten more, and one link per organisation named by its name alone.

import { useMemo, useState } from 'react';
import { t } from '../texts.js';
import { formatDisplayName } from '../format-name.js';
import { AlertBox, ListLoading, OrganisationList, PageButton, SearchBox } from '../components.jsx';
import { useRedrawCount } from '../faults/redraw.js';

const PAGE_SIZE = 10;
const SKELETON_ROWS = 5;

function matches(party, query) {
  const q = query.trim().toLocaleLowerCase('nb');
  if (!q) return true;
  const digits = q.replace(/\s/g, '');
  return party.displayName.toLocaleLowerCase('nb').includes(q) || (/^\d+$/.test(digits) && party.orgnr.includes(digits));
}

/** What is under the toolbar: the rows and "Se mer", or what an empty list or search says. */
function PartyRows({ parties, query, shown, hrefOf, addButton, emptyText, onMore }) {
  if (parties.length === 0 && !query.trim()) return <p className="empty-text">{emptyText}</p>;
  const hits = parties.filter((party) => matches(party, query));
  if (hits.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-text">{t.maskinporten.noHits(query)}</p>
        {addButton}
      </div>
    );
  }
  return (
    <>
      <OrganisationList parties={hits.slice(0, shown)} hrefOf={hrefOf} orgnrLine={t.maskinporten.orgnrLine} />
      {hits.length > shown ? <PageButton text={t.maskinporten.showMore} look="secondary" className="show-more" onClick={onMore} /> : null}
    </>
  );
}

/**
 * @param status 'shown', 'loading' (skeleton rows) or 'failed' (a box saying {@code failedText})
 * @param parties the organisations (the API's OrganisationViews)
 * @param hrefOf where an organisation's row leads
 * @param addButton the "Legg til leverandør" button, or absent for a list without one
 * @param emptyText what an empty list says
 */
export function PartyList({ status, parties, hrefOf, addButton, emptyText, failedText }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  // Every search and "Se mer" draws the rows anew, with new elements, as the page always has.
  const [draws, setDraws] = useState(0);
  const redraws = useRedrawCount(status === 'shown');
  // Sorted by shown name.
  const sorted = useMemo(
    () => parties.map((p) => ({ ...p, displayName: formatDisplayName(p.registerName) })).sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb')),
    [parties],
  );

  const search = (value) => {
    setQuery(value);
    setShown(PAGE_SIZE);
    setDraws((n) => n + 1);
  };
  const more = () => {
    setShown((n) => n + PAGE_SIZE);
    setDraws((n) => n + 1);
  };

  let contents;
  if (status === 'loading') {
    contents = <ListLoading count={SKELETON_ROWS} texts={t.skeletonTexts} />;
  } else if (status === 'failed') {
    contents = (
      <AlertBox colour="danger">
        <p>{failedText}</p>
      </AlertBox>
    );
  } else {
    contents = (
      <>
        <div className="toolbar">
          <SearchBox label={t.maskinporten.search} defaultValue={query} onInput={search} />
          {addButton}
        </div>
        <div className="org-list-slot">
          <PartyRows
            key={`${draws}-${redraws}`}
            parties={sorted}
            query={query}
            shown={shown}
            hrefOf={hrefOf}
            addButton={addButton}
            emptyText={emptyText}
            onMore={more}
          />
        </div>
      </>
    );
  }
  return <div className="party-list">{contents}</div>;
}
