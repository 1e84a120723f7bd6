import { useTranslation } from '../../i18n/use-translation';
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import type { TextFieldProps } from '@mui/material/TextField';
import { FormTextField } from '../../components/form-text-field';
import { formWarnings } from './form-schema';
import type { CustomerFormValues } from './form-values';

type Path = FieldPath<CustomerFormValues>;

/** Our rule names become sentences; the server's own messages are already sentences. */
export function useTranslateFormError(): (message: string) => string {
  const { t, i18n } = useTranslation();
  return (message) => {
    const key = `customerForm.errors.${message}`;
    return i18n.exists(key) ? String(t(key as 'customerForm.errors.invalidEmail')) : message;
  };
}

/** Non-blocking advice for one field (see formWarnings), or undefined. */
export function useFieldWarning(name: Path): string | undefined {
  const { t } = useTranslation();
  const values = useWatch<CustomerFormValues>() as CustomerFormValues;
  const warning = formWarnings(values).get(name);
  return warning && `⚠ ${t(`customerForm.warnings.${warning}`)}`;
}

/** A text field of the customer form: label, error (translated) and warning wired in. */
export function FormField({
  name,
  label,
  helperText,
  ...props
}: { name: Path; label: string } & Omit<TextFieldProps, 'name'>) {
  const { control } = useFormContext<CustomerFormValues>();
  const translateError = useTranslateFormError();
  const warning = useFieldWarning(name);
  return (
    <FormTextField
      control={control}
      name={name}
      label={label}
      translateError={translateError}
      helperText={warning ?? helperText}
      fullWidth
      {...props}
    />
  );
}
