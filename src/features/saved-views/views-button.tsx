import { Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Icon } from '../../components/icon';
import { intentProps, lazyWithPreload } from '../../components/lazy-with-preload';
import { LightButton } from '../../components/light-button';
import { storageOf } from '../../lib/safe-storage';
import type { ViewScreen } from './view-model';
import { VIEWS_STORAGE_KEY } from './views-key';
import { withMui } from '../../theme/with-mui';

// At start only the button: the active view's name (a small chunk, fetched at once when this
// browser has saved views) and the menu with its dialogs and file code (fetched when the button
// is pointed at, focused or pressed) load on their own.
const ActiveViewName = lazyWithPreload(() =>
  import('./active-view-name').then((m) => m.ActiveViewName),
);
const ViewsPanel = lazyWithPreload(
  withMui(() => import('./views-panel').then((m) => m.ViewsPanel)),
);

function hasStoredViews(): boolean {
  try {
    return storageOf('local')?.getItem(VIEWS_STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

/** Saved views of `screen`: the active one's name on the button, the list and actions below. */
export function ViewsButton({ screen }: { screen: ViewScreen }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [wanted, setWanted] = useState(false);
  const [stored] = useState(hasStoredViews);

  return (
    <>
      <LightButton
        startIcon={<Icon name="bookmarks" />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setWanted(true);
        }}
        style={{ maxWidth: '100%', minWidth: 0 }}
        {...intentProps(ViewsPanel.preload)}
      >
        {t('savedViews.button')}
        {(stored || wanted) && (
          <Suspense fallback={null}>
            <ActiveViewName screen={screen} />
          </Suspense>
        )}
      </LightButton>
      {/* Kept mounted once loaded: the file input and dialogs outlive the menu that opened them. */}
      {wanted && (
        <Suspense fallback={null}>
          <ViewsPanel screen={screen} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
