import { useTranslation } from '../../i18n/use-translation';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { CountryOptions } from './country-options';
import type { CustomerFormValues } from './form-values';

type AddressKind = 'billing' | 'shipping';

/** Searchable by name or code; a code the list lacks (old or plugin data) is kept and shown as is. */
export function CountryField({ kind, options }: { kind: AddressKind; options: CountryOptions }) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<CustomerFormValues>();
  const codes = options.countries.map((country) => country.code);
  return (
    <Controller
      control={control}
      name={`${kind}.country`}
      render={({ field }) => (
        <Autocomplete
          options={field.value && !codes.includes(field.value) ? [field.value, ...codes] : codes}
          value={field.value || null}
          loading={options.source === 'loading'}
          autoHighlight
          getOptionLabel={(code) => `${options.nameOf(code)} (${code})`}
          onChange={(_event, code) => {
            field.onChange(code ?? '');
            // A state code of the old country means nothing in the new one.
            const states = options.countries.find((c) => c.code === code)?.states ?? [];
            const state = getValues(`${kind}.state`);
            if (state && states.length && !states.some((s) => s.code === state))
              setValue(`${kind}.state`, '', { shouldDirty: true });
          }}
          onBlur={field.onBlur}
          renderInput={(params) => (
            <TextField {...params} inputRef={field.ref} label={t('customerForm.fields.country')} />
          )}
        />
      )}
    />
  );
}

/** A list of the country's states when the store knows them, free text otherwise. */
export function StateField({ kind, options }: { kind: AddressKind; options: CountryOptions }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CustomerFormValues>();
  const country = useWatch({ control, name: `${kind}.country` });
  const states = options.countries.find((c) => c.code === country)?.states ?? [];
  const label = t('customerForm.fields.state');
  return (
    <Controller
      control={control}
      name={`${kind}.state`}
      render={({ field }) =>
        states.length ? (
          <TextField {...field} select label={label} fullWidth>
            <MenuItem value="">
              <em>{t('customerForm.help.none')}</em>
            </MenuItem>
            {field.value && !states.some((s) => s.code === field.value) && (
              <MenuItem value={field.value}>{field.value}</MenuItem>
            )}
            {states.map((state) => (
              <MenuItem key={state.code} value={state.code}>
                {state.name}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField
            {...field}
            label={label}
            fullWidth
            helperText={
              options.source === 'bundled' ? t('customerForm.help.stateFreeText') : undefined
            }
          />
        )
      }
    />
  );
}
