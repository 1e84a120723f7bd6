import { useTranslation } from '../../i18n/use-translation';
import { styled } from '@mui/material/styles';
import type { ViewScreen } from './view-model';
import { useActiveView } from './use-active-view';

// A styled span, not MUI's Box: this chunk loads at start when the browser has saved views, and
// Box would bring the whole lazy MUI chunk with it.
const Name = styled('span')(({ theme }) => ({
  display: 'inline-block',
  // The button lays its content out as flex items, which drops the separator's space.
  marginLeft: theme.spacing(0.5),
  maxWidth: '12em',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  textTransform: 'none',
  fontWeight: 'normal',
}));

/** Inside the button: ": Berlin" (read "Views: Berlin") when the screen shows a saved view exactly; else nothing. */
export function ActiveViewName({ screen }: { screen: ViewScreen }) {
  const { t } = useTranslation();
  const { active } = useActiveView(screen);
  if (!active) return null;
  // The separator runs on from the button's word ("Views: …"); the name may be cut with "…".
  return (
    <>
      {t('savedViews.activeSeparator')}
      <Name>{active.name}</Name>
    </>
  );
}
