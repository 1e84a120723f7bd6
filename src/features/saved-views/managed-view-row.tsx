import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useNameError } from './use-name-error';
import type { SavedView } from './view-model';
import { checkName, type NameError } from './views-file';
import { setSavedViews } from './views-store';

interface ManagedViewRowProps {
  view: SavedView;
  views: readonly SavedView[];
  first: boolean;
  last: boolean;
  onMove(by: -1 | 1): void;
  onDelete(): void;
}

/** One view: its name (or the rename field) and its buttons, each named with the view. */
export function ManagedViewRow(props: ManagedViewRowProps) {
  const { view, views, first, last, onMove, onDelete } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const name = view.name;
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const m = 'savedViews.manageDialog';

  return (
    <Box
      component="li"
      data-view-id={view.id}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 1,
        alignItems: 'center',
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      {editing ? (
        <RenameForm view={view} views={views} onDone={stopEditing} />
      ) : (
        <>
          <Box sx={{ flex: '1 1 12em', minWidth: 0 }}>
            <Typography sx={{ overflowWrap: 'anywhere' }}>{name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t(`${m}.${view.screen}`)}
            </Typography>
          </Box>
          <Stack direction="row" sx={{ gap: 0.5 }}>
            <IconButton
              ref={renameButton}
              aria-label={t(`${m}.rename`, { name })}
              onClick={() => setEditing(true)}
            >
              <EditOutlinedIcon />
            </IconButton>
            <IconButton
              aria-label={t(`${m}.moveUp`, { name })}
              data-move="up"
              disabled={first}
              onClick={() => onMove(-1)}
            >
              <ArrowUpwardIcon />
            </IconButton>
            <IconButton
              aria-label={t(`${m}.moveDown`, { name })}
              data-move="down"
              disabled={last}
              onClick={() => onMove(1)}
            >
              <ArrowDownwardIcon />
            </IconButton>
            <IconButton aria-label={t(`${m}.delete`, { name })} onClick={onDelete}>
              <DeleteOutlinedIcon />
            </IconButton>
          </Stack>
        </>
      )}
    </Box>
  );
}

interface RenameFormProps {
  view: SavedView;
  views: readonly SavedView[];
  onDone(): void;
}

function RenameForm({ view, views, onDone }: RenameFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(view.name);
  const [error, setError] = useState<NameError | null>(null);
  const describe = useNameError();
  const m = 'savedViews.manageDialog';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkName(value, views, view.id);
    setError(problem);
    if (problem) return;
    const name = value.trim();
    setSavedViews((all) => all.map((v) => (v.id === view.id ? { ...v, name } : v)));
    onDone();
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start', width: '100%' }}
    >
      <TextField
        autoFocus
        size="small"
        label={t(`${m}.renameField`, { name: view.name })}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        // Escape leaves the rename, not the whole dialog.
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
        }}
        error={error !== null}
        helperText={error ? describe(error, value) : undefined}
        sx={{ flex: '1 1 14em' }}
      />
      <Button type="submit" variant="contained" size="small" sx={{ mt: 0.5 }}>
        {t(`${m}.renameSave`)}
      </Button>
      <Button size="small" onClick={onDone} sx={{ mt: 0.5 }}>
        {t(`${m}.renameCancel`)}
      </Button>
    </Box>
  );
}
