import { t } from '../texts.js';
import { Spinner } from '../components.jsx';

/** Designsystemet's spinner "Laster" alone on a line, where a list or a page will appear. */
export function LoadingBlock() {
  return (
    <div className="loading-block">
      <Spinner name={t.spinner} size="lg" />
    </div>
  );
}
