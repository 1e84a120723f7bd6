import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { styled } from '@mui/material/styles';
import DensitySmallIcon from '@mui/icons-material/DensitySmall';
import FilterListIcon from '@mui/icons-material/FilterList';
import type { Density } from './column-prefs';
import { Hint } from '../../../components/hint';
import { LightButton } from '../../../components/light-button';

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

// MUI's small ToggleButton, as a plain button with aria-pressed: the same look without the
// ToggleButton, its roving-focus helpers and ButtonBase's ripple on the grid's first load.
const PressButton = styled('button')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  padding: 7,
  margin: 0,
  font: 'inherit',
  color: 'var(--mui-palette-action-active)',
  background: 'transparent',
  border: '1px solid var(--mui-palette-divider)',
  borderRadius: theme.shape.borderRadius,
  cursor: 'pointer',
  transition: 'background-color 150ms',
  '&:hover': { backgroundColor: 'var(--mui-palette-action-hover)' },
  '&[aria-pressed="true"]': {
    color: 'var(--mui-palette-text-primary)',
    backgroundColor: 'var(--mui-palette-action-selected)',
  },
  '&:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: 2 },
}));

const Bar = styled('div')(({ theme }) => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  gap: theme.spacing(1),
  '& > .cd-toolbar-controls': {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    paddingTop: theme.spacing(0.25),
  },
}));

/** Wraps onto more lines on a narrow screen rather than pushing the page sideways. */
export function GridToolbar(props: GridToolbarProps) {
  const { search, columnsMenu, onOpenFilters, filtersIntent, density, onDensity, views } = props;
  const { t } = useTranslation();
  return (
    <Bar>
      {search}
      <div className="cd-toolbar-controls">
        {/* Active filters show as chips below, so the button needs no count of its own. */}
        <LightButton
          startIcon={<FilterListIcon />}
          onClick={onOpenFilters}
          aria-haspopup="dialog"
          {...filtersIntent}
        >
          {t('customers.filters.button')}
        </LightButton>
        {columnsMenu}
        <Hint title={t('customers.layout.compact')}>
          <PressButton
            type="button"
            aria-pressed={density === 'compact'}
            onClick={() => onDensity(density === 'compact' ? 'comfortable' : 'compact')}
            aria-label={t('customers.layout.compact')}
          >
            <DensitySmallIcon fontSize="small" />
          </PressButton>
        </Hint>
        {views}
      </div>
    </Bar>
  );
}
