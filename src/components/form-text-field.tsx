import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type FormTextFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  /** Turns a zod message (an i18n key or the server's text) into what the user reads. */
  translateError?: (message: string) => string;
};

/** An MUI text field bound to react-hook-form, showing the field's error as helper text. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  translateError = (m) => m,
  helperText,
  ...props
}: FormTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          {...field}
          value={field.value ?? ''}
          error={Boolean(fieldState.error)}
          helperText={
            fieldState.error?.message ? translateError(fieldState.error.message) : helperText
          }
        />
      )}
    />
  );
}
