import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { Density } from './column-prefs';
import { Hint } from '../../../components/hint';
import { LightButton } from '../../../components/light-button';
import { Icon } from '../../../components/icon';
import './grid-toolbar.css';

interface GridToolbarProps {
  search: ReactNode;
  columnsMenu: ReactNode;
  onOpenFilters(): void;
  /** Starts loading the filters dialog when the button is pointed at or focused. */
  filtersIntent?: { onPointerEnter(): void; onFocus(): void };
  density: Density;
  onDensity(density: Density): void;
  /** Saved views (a menu composed in by the app), after the layout controls. */
  views?: ReactNode;
}

// The compact-rows switch is MUI's small ToggleButton drawn on a plain button with aria-pressed:
// the same look without the ToggleButton, its roving-focus helpers and ButtonBase's ripple on the
// grid's first load. Styles: grid-toolbar.css.

/** Wraps onto more lines on a narrow screen rather than pushing the page sideways. */
export function GridToolbar(props: GridToolbarProps) {
  const { search, columnsMenu, onOpenFilters, filtersIntent, density, onDensity, views } = props;
  const { t } = useTranslation();
  return (
    <div className="cd-grid-toolbar">
      {search}
      <div className="cd-toolbar-controls">
        {/* Active filters show as chips below, so the button needs no count of its own. */}
        <LightButton
          startIcon={<Icon name="filterList" />}
          onClick={onOpenFilters}
          aria-haspopup="dialog"
          {...filtersIntent}
        >
          {t('customers.filters.button')}
        </LightButton>
        {columnsMenu}
        <Hint title={t('customers.layout.compact')}>
          <button
            type="button"
            className="cd-press-btn"
            aria-pressed={density === 'compact'}
            onClick={() => onDensity(density === 'compact' ? 'comfortable' : 'compact')}
            aria-label={t('customers.layout.compact')}
          >
            <Icon name="densitySmall" size="small" />
          </button>
        </Hint>
        {views}
      </div>
    </div>
  );
}
