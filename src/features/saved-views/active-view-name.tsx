import { useTranslation } from '../../i18n/use-translation';
import type { ViewScreen } from './view-model';
import { useActiveView } from './use-active-view';
import './active-view-name.css';

/** Inside the button: ": Berlin" (read "Views: Berlin") when the screen shows a saved view exactly; else nothing. */
export function ActiveViewName({ screen }: { screen: ViewScreen }) {
  const { t } = useTranslation();
  const { active } = useActiveView(screen);
  if (!active) return null;
  // The separator runs on from the button's word ("Views: …"); the name may be cut with "…".
  return (
    <>
      {t('savedViews.activeSeparator')}
      <span className="cd-active-view-name">{active.name}</span>
    </>
  );
}
