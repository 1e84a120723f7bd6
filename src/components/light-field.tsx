import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
} from 'react';
import { withClass } from './class-names';
import './light-field.css';

// The first screen's text boxes and drop-downs (search, rows per page, page number, language,
// theme) drawn like MUI's small outlined TextField, on the browser's own <input> and <select>.
// MUI's TextField brings InputBase, three input variants, FormControl, and for `select` the
// Menu, Popover, Modal and focus trap: about 25 KB gzip before the first row, for five boxes.
// A native <select> is also what phones handle best, and its keyboard is the platform's.
// Drawn by a static stylesheet (light-field.css): nothing is built while they render.

interface FrameProps {
  id: string;
  label: string;
  helperText?: ReactNode;
  className?: string;
  start?: ReactNode;
  end?: ReactNode;
  children: ReactNode;
}

function Frame({ id, label, helperText, className, start, end, children }: FrameProps) {
  const box = ['cd-field-box', start && 'cd-field-adorned-start', end && 'cd-field-adorned-end']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={withClass('cd-field', className)}>
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
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

interface LightTextFieldProps extends InputProps {
  label: string;
  helperText?: ReactNode;
  /** A class of the caller's that sizes the whole field (flex, width) in its layout. */
  className?: string;
  startAdornment?: ReactNode;
  endAdornment?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A small outlined text box with its label on the outline, like MUI's `TextField size="small"`. */
export function LightTextField(props: LightTextFieldProps) {
  const { label, helperText, className, startAdornment, endAdornment, id, ...input } = props;
  const ownId = useId();
  const inputId = id ?? ownId;
  return (
    <Frame
      id={inputId}
      label={label}
      helperText={helperText}
      className={className}
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
  /** A class of the caller's that sizes the whole field in its layout. */
  className?: string;
}

/** A small outlined drop-down on a native <select>, like MUI's `TextField select size="small"`. */
export function LightSelect({ label, options, className, id, ...select }: LightSelectProps) {
  const ownId = useId();
  const selectId = id ?? ownId;
  return (
    <Frame id={selectId} label={label} className={className}>
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
