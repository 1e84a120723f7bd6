import { Fragment } from 'react';
import { useTranslation } from '../i18n/use-translation';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { SHORTCUTS, type ShortcutId } from '../components/shortcuts';
import { visuallyHidden } from '../components/visually-hidden';
import { addStrings } from '../i18n/i18n';
import { shortcutsHelpEn } from './locales/shortcuts-help';

// Only English: the Chinese words come with the rest of zh-CN (see locales/shortcuts-help.ts).
addStrings({ en: { shortcutsHelp: shortcutsHelpEn } });

type Group = keyof typeof SHORTCUTS;
// Keys whose name is a word, not the character on the key: an arrow shown, its name read.
const ARROWS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

const KBD = {
  display: 'inline-block',
  minWidth: '1.6em',
  px: 0.75,
  border: 1,
  borderColor: 'divider',
  borderBottomWidth: 2,
  borderRadius: 1,
  bgcolor: 'action.hover',
  fontFamily: 'monospace',
  fontSize: '0.9rem',
  lineHeight: 1.6,
  textAlign: 'center',
} as const;

function Key({ name }: { name: string }) {
  const { t } = useTranslation();
  const arrow = ARROWS[name];
  if (name === 'Enter')
    return (
      <Box component="kbd" sx={KBD}>
        {t('shortcutsHelp.keys.Enter')}
      </Box>
    );
  if (!arrow)
    return (
      <Box component="kbd" sx={KBD}>
        {name}
      </Box>
    );
  return (
    <Box component="kbd" sx={KBD}>
      <span aria-hidden>{arrow}</span>
      <Box component="span" sx={visuallyHidden}>
        {t(`shortcutsHelp.keys.${name as 'ArrowDown' | 'ArrowUp'}`)}
      </Box>
    </Box>
  );
}

/** Every shortcut, listed from the same table the keys fire from (components/shortcuts). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} aria-labelledby="shortcuts-title" fullWidth maxWidth="sm">
      <DialogTitle id="shortcuts-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">
          {t('shortcutsHelp.intro')}
        </Typography>
        {(Object.keys(SHORTCUTS) as Group[]).map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <Typography id={`shortcuts-${group}`} variant="subtitle1" component="h3" sx={{ mt: 2 }}>
              {t(`shortcutsHelp.groups.${group}`)}
            </Typography>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: 'minmax(5.5rem, max-content) 1fr',
                columnGap: 2,
                rowGap: 1,
                alignItems: 'baseline',
                m: 0,
                '& dd': { m: 0 },
              }}
            >
              {Object.entries(SHORTCUTS[group]).map(([id, keys]: [string, readonly string[]]) => (
                <Fragment key={id}>
                  <dt>
                    {keys.map((key, index) => (
                      <Fragment key={key}>
                        {index > 0 && ` ${t('shortcutsHelp.or')} `}
                        <Key name={key} />
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{t(`shortcutsHelp.actions.${id as ShortcutId}`)}</dd>
                </Fragment>
              ))}
            </Box>
          </section>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('shortcutsHelp.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
