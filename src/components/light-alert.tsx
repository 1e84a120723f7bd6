import type { HTMLAttributes, ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import CloseIcon from '@mui/icons-material/Close';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { useTranslation } from '../i18n/use-translation';
import { LightIconButton } from './light-button';

// MUI's Alert, for the notes the first screen may show (keys not kept, another tab's store, a
// chunk that failed, the batch's progress): the same colours from the theme's Alert variables
// and the same icons, without MUI's Alert, Paper and IconButton (ButtonBase) in the start.

type Severity = 'success' | 'info' | 'warning' | 'error';

const ICONS: Record<Severity, ReactNode> = {
  success: <CheckCircleOutlineIcon fontSize="inherit" />,
  info: <InfoOutlinedIcon fontSize="inherit" />,
  warning: <ReportProblemOutlinedIcon fontSize="inherit" />,
  error: <ErrorOutlineIcon fontSize="inherit" />,
};

const Root = styled('div')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  const tone = (severity: Severity) => ({
    // The Alert colours exist only as the theme's CSS variables (the theme always has them).
    '--alert-text': `var(--mui-palette-Alert-${severity}Color)`,
    '--alert-bg': `var(--mui-palette-Alert-${severity}StandardBg)`,
    '--alert-icon': `var(--mui-palette-Alert-${severity}IconColor)`,
    '--alert-border': palette[severity].light,
  });
  return {
    ...theme.typography.body2,
    display: 'flex',
    padding: '6px 16px',
    borderRadius: (theme.vars ?? theme).shape.borderRadius,
    color: 'var(--alert-text)',
    backgroundColor: 'var(--alert-bg)',
    '&[data-severity="success"]': tone('success'),
    '&[data-severity="info"]': tone('info'),
    '&[data-severity="warning"]': tone('warning'),
    '&[data-severity="error"]': tone('error'),
    '&[data-variant="outlined"]': {
      backgroundColor: 'transparent',
      border: '1px solid var(--alert-border)',
    },
    '& > .cd-alert-icon': {
      display: 'flex',
      marginRight: 12,
      padding: '7px 0',
      fontSize: 22,
      opacity: 0.9,
      color: 'var(--alert-icon)',
    },
    '& > .cd-alert-message': { padding: '8px 0', minWidth: 0, overflow: 'auto' },
    '& > .cd-alert-action': {
      display: 'flex',
      alignItems: 'flex-start',
      padding: '4px 0 0 16px',
      marginLeft: 'auto',
      marginRight: -8,
    },
    '& .cd-alert-title': {
      ...theme.typography.body1,
      fontWeight: theme.typography.fontWeightMedium,
      margin: '-2px 0 0.35em',
    },
  };
});

export interface LightAlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  severity: Severity;
  variant?: 'standard' | 'outlined';
  /** A bold first line, as MUI's AlertTitle. */
  title?: ReactNode;
  /** Buttons at the end (e.g. Dismiss, Open). */
  action?: ReactNode;
  /** Adds a Close button (its label translated) that calls this. */
  onClose?(): void;
}

/** A note in MUI's Alert look. `role` is "alert" unless given (use "status" for polite news). */
export function LightAlert(props: LightAlertProps) {
  const { severity, variant = 'standard', title, action, onClose, children, ...rest } = props;
  const { t } = useTranslation();
  const close = onClose && (
    <LightIconButton size="small" color="inherit" aria-label={t('app.close')} onClick={onClose}>
      <CloseIcon fontSize="small" />
    </LightIconButton>
  );
  return (
    <Root role="alert" data-severity={severity} data-variant={variant} {...rest}>
      <div className="cd-alert-icon">{ICONS[severity]}</div>
      <div className="cd-alert-message">
        {title && <div className="cd-alert-title">{title}</div>}
        {children}
      </div>
      {(action || close) && (
        <div className="cd-alert-action">
          {action}
          {close}
        </div>
      )}
    </Root>
  );
}
