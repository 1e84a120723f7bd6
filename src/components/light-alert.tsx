import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LightIconButton } from './light-button';
import { Icon } from './icon';
import { withClass } from './class-names';
import './light-alert.css';

// MUI's Alert, for the notes the first screen may show (keys not kept, another tab's store, a
// chunk that failed, the batch's progress): the same colours from the theme's Alert variables
// and the same icons, without MUI's Alert, Paper and IconButton (ButtonBase) in the start. Drawn
// by a static stylesheet (light-alert.css).

type Severity = 'success' | 'info' | 'warning' | 'error';

const ICONS: Record<Severity, ReactNode> = {
  success: <Icon name="checkCircle" size="inherit" />,
  info: <Icon name="info" size="inherit" />,
  warning: <Icon name="warning" size="inherit" />,
  error: <Icon name="error" size="inherit" />,
};

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
  const {
    severity,
    variant = 'standard',
    title,
    action,
    onClose,
    children,
    className,
    ...rest
  } = props;
  const { t } = useTranslation();
  const close = onClose && (
    <LightIconButton size="small" color="inherit" aria-label={t('app.close')} onClick={onClose}>
      <Icon name="close" size="small" />
    </LightIconButton>
  );
  return (
    <div
      role="alert"
      className={withClass('cd-alert', className)}
      data-severity={severity}
      data-variant={variant}
      {...rest}
    >
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
    </div>
  );
}
