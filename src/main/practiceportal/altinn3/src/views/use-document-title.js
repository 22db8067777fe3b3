import { useEffect } from 'react';

/** Sets the browser tab's title once the page is drawn (not while it is null). */
export function useDocumentTitle(title) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
