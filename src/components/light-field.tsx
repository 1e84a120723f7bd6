import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
} from 'react';
import { styled, type SxProps, type Theme } from '@mui/material/styles';

// The first screen's text boxes and drop-downs (search, rows per page, page number, language,
// theme) drawn like MUI's small outlined TextField, on the browser's own <input> and <select>.
// MUI's TextField brings InputBase, three input variants, FormControl, and for `select` the
// Menu, Popover, Modal and focus trap: about 25 KB gzip before the first row, for five boxes.
// A native <select> is also what phones handle best, and its keyboard is the platform's.

const Root = styled('div')(({ theme }) => ({
  position: 'relative',
  display: 'inline-flex',
  flexDirection: 'column',
  minWidth: 0,
  verticalAlign: 'top',
  '& .cd-field-box': {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    height: 40,
    borderRadius: theme.shape.borderRadius,
    color: 'var(--mui-palette-text-primary)',
    ...theme.typography.body1,
  },
  '& .cd-field-control': {
    font: 'inherit',
    letterSpacing: 'inherit',
    color: 'inherit',
    background: 'none',
    border: 0,
    outline: 0,
    margin: 0,
    minWidth: 0,
    width: '100%',
    height: '100%',
    padding: '0 14px',
    boxSizing: 'border-box',
    borderRadius: 'inherit',
  },
  '& .cd-field-adorned-start .cd-field-control': { paddingLeft: 0 },
  '& .cd-field-adorned-end .cd-field-control': { paddingRight: 0 },
  '& input.cd-field-control::-webkit-search-cancel-button': { display: 'none' },
  '& select.cd-field-control': { appearance: 'none', paddingRight: 32, cursor: 'pointer' },
  // Native option lists follow the page's scheme only when told.
  '.dark & select.cd-field-control': { colorScheme: 'dark' },
  '& select.cd-field-control option': {
    color: 'var(--mui-palette-text-primary)',
    backgroundColor: 'var(--mui-palette-background-paper)',
  },
  '& .cd-field-arrow': {
    position: 'absolute',
    right: 7,
    width: 24,
    height: 24,
    fill: 'currentColor',
    color: 'var(--mui-palette-action-active)',
    pointerEvents: 'none',
  },
  '& .cd-field-start': {
    display: 'flex',
    padding: '0 8px 0 14px',
    color: 'var(--mui-palette-action-active)',
  },
  '& .cd-field-end': { display: 'flex', paddingRight: 4 },
  // The outline with a gap for the label, as MUI draws it: a fieldset whose legend is the gap.
  '& .cd-field-outline': {
    position: 'absolute',
    inset: '-5px 0 0',
    margin: 0,
    padding: '0 8px',
    pointerEvents: 'none',
    borderRadius: 'inherit',
    border: '1px solid rgba(var(--mui-palette-common-onBackgroundChannel) / 0.23)',
    minWidth: 0,
    overflow: 'hidden',
    textAlign: 'left',
  },
  '& .cd-field-outline > legend': {
    float: 'unset',
    width: 'auto',
    height: 11,
    padding: 0,
    fontSize: '0.75em',
    visibility: 'hidden',
    maxWidth: '100%',
    whiteSpace: 'nowrap',
  },
  '& .cd-field-outline > legend > span': { paddingInline: 5, display: 'inline-block' },
  '& .cd-field-box:hover > .cd-field-outline': { borderColor: 'var(--mui-palette-text-primary)' },
  '& .cd-field-box:focus-within > .cd-field-outline': {
    borderColor: 'var(--mui-palette-primary-main)',
    borderWidth: 2,
  },
  '& label': {
    position: 'absolute',
    top: 0,
    left: 0,
    zIndex: 1,
    maxWidth: 'calc(133% - 32px)',
    transform: 'translate(14px, -9px) scale(0.75)',
    transformOrigin: 'top left',
    pointerEvents: 'none',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: 'var(--mui-palette-text-secondary)',
    ...theme.typography.body1,
    lineHeight: '1.4375em',
  },
  '&:focus-within > label': { color: 'var(--mui-palette-primary-main)' },
  '& .cd-field-help': {
    ...theme.typography.caption,
    margin: '3px 14px 0',
    color: 'var(--mui-palette-text-secondary)',
  },
}));

interface FrameProps {
  id: string;
  label: string;
  helperText?: ReactNode;
  sx?: SxProps<Theme>;
  start?: ReactNode;
  end?: ReactNode;
  children: ReactNode;
}

function Frame({ id, label, helperText, sx, start, end, children }: FrameProps) {
  const box = ['cd-field-box', start && 'cd-field-adorned-start', end && 'cd-field-adorned-end']
    .filter(Boolean)
    .join(' ');
  return (
    <Root sx={sx}>
      <label htmlFor={id}>{label}</label>
      <div className={box}>
        {start && <span className="cd-field-start">{start}</span>}
        {children}
        {end && <span className="cd-field-end">{end}</span>}
        <fieldset aria-hidden className="cd-field-outline">
          <legend>
            <span>{label}</span>
          </legend>
        </fieldset>
      </div>
      {helperText && (
        <p className="cd-field-help" id={`${id}-help`}>
          {helperText}
        </p>
      )}
    </Root>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

interface LightTextFieldProps extends InputProps {
  label: string;
  helperText?: ReactNode;
  /** Sizes the whole field (flex, width) in the caller's layout. */
  sx?: SxProps<Theme>;
  startAdornment?: ReactNode;
  endAdornment?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A small outlined text box with its label on the outline, like MUI's `TextField size="small"`. */
export function LightTextField(props: LightTextFieldProps) {
  const { label, helperText, sx, startAdornment, endAdornment, id, ...input } = props;
  const ownId = useId();
  const inputId = id ?? ownId;
  return (
    <Frame
      id={inputId}
      label={label}
      helperText={helperText}
      sx={sx}
      start={startAdornment}
      end={endAdornment}
    >
      <input
        {...input}
        id={inputId}
        className="cd-field-control"
        aria-describedby={helperText ? `${inputId}-help` : undefined}
      />
    </Frame>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className' | 'children'>;

interface LightSelectProps extends SelectProps {
  label: string;
  options: readonly { value: string; label: string; lang?: string }[];
  sx?: SxProps<Theme>;
}

/** A small outlined drop-down on a native <select>, like MUI's `TextField select size="small"`. */
export function LightSelect({ label, options, sx, id, ...select }: LightSelectProps) {
  const ownId = useId();
  const selectId = id ?? ownId;
  return (
    <Frame id={selectId} label={label} sx={sx}>
      <select {...select} id={selectId} className="cd-field-control">
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <svg className="cd-field-arrow" viewBox="0 0 24 24" aria-hidden>
        <path d="M7 10l5 5 5-5z" />
      </svg>
    </Frame>
  );
}
