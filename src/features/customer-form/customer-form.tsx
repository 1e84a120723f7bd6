import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { isApiError } from '../../api/errors';
import { useErrorMessage } from '../../components/use-error-message';
import { AccountSection } from './account-section';
import { AddressSection } from './address-section';
import { useCountryOptions } from './country-options';
import { CustomerFormSchema } from './form-schema';
import type { CustomerFormValues } from './form-values';
import { MetaDataEditor } from './meta-data-editor';
import { fieldErrorsFrom, isFormPath } from './server-errors';

export interface CustomerFormProps {
  mode: 'create' | 'edit';
  /** Made by the page with useCustomerForm, so drafts and the leave guard can watch it. */
  form: UseFormReturn<CustomerFormValues>;
  formId: string;
  showMetaData: boolean;
  showShippingPhone: boolean;
  submitLabel: string;
  /** Throws the ApiError of a refused write; the form keeps every value either way. */
  onSubmit(values: CustomerFormValues, form: UseFormReturn<CustomerFormValues>): Promise<void>;
  onCancel(): void;
  /** Above the form: draft offers, conflict notices. */
  header?: ReactNode;
}

/** The form state for create or edit; values stay in it whatever the server answers. */
export function useCustomerForm(defaultValues: CustomerFormValues) {
  return useForm<CustomerFormValues>({
    defaultValues,
    resolver: zodResolver(CustomerFormSchema),
    mode: 'onTouched',
  });
}

export function CustomerForm(props: CustomerFormProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const countries = useCountryOptions();
  const { form } = props;
  const [failure, setFailure] = useState<unknown>(null);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await props.onSubmit(values, form);
    } catch (error) {
      const onFields = isApiError(error)
        ? fieldErrorsFrom(error).filter((e) => isFormPath(e.field, values))
        : [];
      if (!onFields.length) return setFailure(error);
      onFields.forEach((e, i) =>
        form.setError(
          e.field as 'email',
          { type: 'server', message: e.message },
          { shouldFocus: i === 0 },
        ),
      );
    }
  });

  return (
    <FormProvider {...form}>
      <Paper
        component="form"
        id={props.formId}
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label={props.submitLabel}
        variant="outlined"
        sx={{ p: { xs: 2, sm: 3 } }}
      >
        <Stack spacing={3}>
          {props.header}
          {failure !== null && (
            <Alert
              severity="error"
              role="alert"
              action={
                <Button color="inherit" size="small" onClick={() => void submit()}>
                  {t('customerForm.actions.retry')}
                </Button>
              }
            >
              {describe(failure)}
            </Alert>
          )}
          <AccountSection mode={props.mode} />
          <Divider />
          <AddressSection kind="billing" options={countries} showPhone />
          <Divider />
          <AddressSection kind="shipping" options={countries} showPhone={props.showShippingPhone} />
          {props.showMetaData && (
            <>
              <Divider />
              <MetaDataEditor />
            </>
          )}
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button onClick={props.onCancel}>{t('customerForm.actions.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t('customerForm.actions.saving') : props.submitLabel}
            </Button>
          </Stack>
        </Stack>
      </Paper>
    </FormProvider>
  );
}
