import './views-strings';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useNavigate } from '../../routes/navigation';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/Check';
import { useNotify } from '../../components/notices';
import { changeColumnPrefs, parseColumnPrefs } from '../customers/public';
import { useActiveView } from './use-active-view';
import { ManageViewsDialog } from './manage-views-dialog';
import { SaveViewDialog } from './save-view-dialog';
import { planOpen, type SavedView, type ViewScreen } from './view-model';
import { captureView } from './view-schema';
import { useViewsTransfer } from './use-views-transfer';
import { useDescribeDropped } from './use-describe-dropped';
import { useViewsKept } from './views-store';

interface ViewsPanelProps {
  screen: ViewScreen;
  anchor: HTMLElement | null;
  onClose(): void;
}

/** The views menu with its dialogs and file input; stays mounted once the button loaded it. */
export function ViewsPanel(props: ViewsPanelProps) {
  const { screen, anchor, onClose } = props;
  const { search, prefs, version, views, active } = useActiveView(screen);
  const activeId = active?.id;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const kept = useViewsKept();
  const describeDropped = useDescribeDropped();
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const transfer = useViewsTransfer();

  // The same as following the view's link, plus its layout, which a link does not carry.
  const open = (view: SavedView) => {
    onClose();
    const plan = planOpen(view, version);
    if (plan.layout) {
      // Checked again: storage may have been edited by hand, or by a later build.
      const { hidden, order, density } = parseColumnPrefs(plan.layout);
      changeColumnPrefs({ hidden, order, density });
    }
    void navigate(plan.to);
    if (plan.dropped.length > 0)
      notify({
        severity: 'warning',
        autoHideMs: null,
        message: t('savedViews.dropped', {
          name: view.name,
          version,
          filters: plan.dropped.map(describeDropped).join(', '),
        }),
      });
  };
  const choose = (next: 'save' | 'manage') => {
    onClose();
    setDialog(next);
  };

  return (
    <>
      <Menu
        open={anchor !== null}
        anchorEl={anchor}
        onClose={onClose}
        // In place rather than at the end of <body>, so the menu is inside the page's main
        // landmark like the button that opens it (axe: all content in landmarks).
        disablePortal
        slotProps={{ list: { 'aria-label': t('savedViews.menuLabel'), dense: true } }}
      >
        {!kept && (
          <Typography
            variant="body2"
            color="warning.main"
            sx={{ px: 2, py: 1, maxWidth: 320, whiteSpace: 'normal' }}
          >
            {t('savedViews.notKept')}
          </Typography>
        )}
        {views.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
            {t('savedViews.none')}
          </Typography>
        )}
        {views.map((view) => (
          <MenuItem
            key={view.id}
            selected={view.id === activeId}
            aria-current={view.id === activeId ? 'true' : undefined}
            onClick={() => open(view)}
            title={view.name}
            sx={{ maxWidth: 360 }}
          >
            <ListItemIcon>{view.id === activeId && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText
              primary={view.name}
              secondary={
                view.screen !== screen ? t(`savedViews.manageDialog.${view.screen}`) : undefined
              }
              slotProps={{ primary: { noWrap: true } }}
            />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => choose('save')}>{t('savedViews.save')}</MenuItem>
        <MenuItem onClick={() => choose('manage')} disabled={views.length === 0}>
          {t('savedViews.manage')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            onClose();
            transfer.exportAll(views);
          }}
          disabled={views.length === 0}
        >
          {t('savedViews.export')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            onClose();
            fileInput.current?.click();
          }}
        >
          {t('savedViews.import')}
        </MenuItem>
      </Menu>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('savedViews.import')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void transfer.importFile(file);
        }}
      />
      {dialog === 'save' && (
        <SaveViewDialog
          current={captureView(screen, search, prefs)}
          onClose={() => setDialog(null)}
          kept={kept}
        />
      )}
      {dialog === 'manage' && <ManageViewsDialog onClose={() => setDialog(null)} kept={kept} />}
    </>
  );
}
