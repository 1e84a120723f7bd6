import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFullScreenDialog } from '../../components/use-full-screen-dialog';
import { ManagedViewRow } from './managed-view-row';
import type { SavedView } from './view-model';
import { setSavedViews, useSavedViews } from './views-store';

/** Rename, reorder (Move up / Move down, by keyboard too) and delete with Undo. */
export function ManageViewsDialog({ kept, onClose }: { kept: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const views = useSavedViews();
  const [deleted, setDeleted] = useState<{ view: SavedView; index: number } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // A moved row is taken out of the page and put back, which drops focus: put it back on the
  // same control, or on its twin when the row reached an end and the control is disabled.
  const refocus = (id: string, preferred: 'up' | 'down') => {
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLElement>(`[data-view-id="${CSS.escape(id)}"]`);
      const first = row?.querySelector<HTMLButtonElement>(`[data-move="${preferred}"]:enabled`);
      const other = row?.querySelector<HTMLButtonElement>('[data-move]:enabled');
      (first ?? other)?.focus();
    });
  };

  const move = (id: string, by: -1 | 1) => {
    setSavedViews((all) => {
      const from = all.findIndex((view) => view.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= all.length) return all;
      const next = [...all];
      const [view] = next.splice(from, 1);
      if (view) next.splice(to, 0, view);
      return next;
    });
    refocus(id, by === -1 ? 'up' : 'down');
  };

  const remove = (view: SavedView) => {
    setDeleted({ view, index: views.indexOf(view) });
    setSavedViews((all) => all.filter((v) => v.id !== view.id));
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const undo = () => {
    if (!deleted) return;
    const { view, index } = deleted;
    setSavedViews((all) => [...all.slice(0, index), view, ...all.slice(index)]);
    setDeleted(null);
    refocus(view.id, 'up');
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" fullScreen={fullScreen}>
      <DialogTitle>{t('savedViews.manageDialog.title')}</DialogTitle>
      <DialogContent dividers>
        {!kept && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('savedViews.notKept')}
          </Alert>
        )}
        {deleted && (
          <Alert
            severity="info"
            role="status"
            sx={{ mb: 2 }}
            action={
              <Button ref={undoButton} color="inherit" size="small" onClick={undo}>
                {t('savedViews.manageDialog.undo')}
              </Button>
            }
          >
            {t('savedViews.manageDialog.deleted', { name: deleted.view.name })}
          </Alert>
        )}
        {views.length === 0 ? (
          <Typography color="text.secondary">{t('savedViews.manageDialog.empty')}</Typography>
        ) : (
          <Box
            component="ul"
            ref={listRef}
            aria-label={t('savedViews.manageDialog.list')}
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            {views.map((view, index) => (
              <ManagedViewRow
                key={view.id}
                view={view}
                views={views}
                first={index === 0}
                last={index === views.length - 1}
                onMove={(by) => move(view.id, by)}
                onDelete={() => remove(view)}
              />
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('savedViews.manageDialog.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
