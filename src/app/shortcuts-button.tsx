import { Suspense, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { PathIcon } from '../components/icon';
import { intentProps, lazyWithPreload } from '../components/lazy-with-preload';
import { ariaShortcut } from '../components/shortcuts';
import { Hint } from '../components/hint';
import { LightIconButton } from '../components/light-button';
import { withMui } from '../theme/with-mui';

const ShortcutsDialog = lazyWithPreload(
  withMui(() => import('./shortcuts-dialog').then((m) => m.ShortcutsDialog)),
);

const KEYBOARD =
  'M3 6h18a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1Zm1 2v8h16V8ZM5 9h2v2H5Zm3 0h2v2H8Zm3 0h2v2h-2Zm3 0h2v2h-2Zm3 0h2v2h-2ZM7 13h10v2H7Z';

/** The visible way to the shortcuts list (`?` presses it too), for mouse and screen-reader users. */
export function ShortcutsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Hint title={`${t('shortcuts.title')} (?)`}>
        <LightIconButton
          color="inherit"
          aria-label={t('shortcuts.title')}
          aria-haspopup="dialog"
          aria-keyshortcuts={ariaShortcut('help')}
          onClick={() => setOpen(true)}
          {...intentProps(ShortcutsDialog.preload)}
        >
          {/* A keyboard, drawn here: an icons-material module would cost the start chunk more. */}
          <PathIcon d={KEYBOARD} evenOdd />
        </LightIconButton>
      </Hint>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
