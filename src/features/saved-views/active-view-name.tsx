import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import type { ViewScreen } from './view-model';
import { useActiveView } from './use-active-view';

/** Inside the button: ": Berlin" (read "Views: Berlin") when the screen shows a saved view exactly; else nothing. */
export function ActiveViewName({ screen }: { screen: ViewScreen }) {
  const { t } = useTranslation();
  const { active } = useActiveView(screen);
  if (!active) return null;
  // The separator runs on from the button's word ("Views: …"); the name may be cut with "…".
  return (
    <>
      {t('savedViews.activeSeparator')}
      <Box
        component="span"
        sx={{
          display: 'inline-block',
          // The button lays its content out as flex items, which drops the separator's space.
          ml: 0.5,
          maxWidth: '12em',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          textTransform: 'none',
          fontWeight: 'normal',
        }}
      >
        {active.name}
      </Box>
    </>
  );
}
