import { useTranslation } from '../../i18n/use-translation';
import { useFormContext } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import type { CountryOptions } from './country-options';
import { FormField } from './form-field';
import { ADDRESS_FIELDS, type CustomerFormValues } from './form-values';
import { CountryField, StateField } from './location-fields';

export const TWO_COLUMNS = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
};

interface AddressSectionProps {
  kind: 'billing' | 'shipping';
  options: CountryOptions;
  /** Shipping phone exists only in WooCommerce 5.6+; shown when the store sends it. */
  showPhone: boolean;
}

export function AddressSection({ kind, options, showPhone }: AddressSectionProps) {
  const { t } = useTranslation();
  const { getValues, setValue } = useFormContext<CustomerFormValues>();
  const label = (field: string) => t(`customerForm.fields.${field}` as 'customerForm.fields.city');
  const headingId = `${kind}-heading`;

  function copyBilling() {
    const billing = getValues('billing');
    for (const field of ADDRESS_FIELDS) {
      if (field === 'phone' && !showPhone) continue;
      setValue(`shipping.${field}`, billing[field], { shouldDirty: true, shouldValidate: true });
    }
  }

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack
        direction="row"
        sx={{
          alignItems: 'center',
          justifyContent: 'space-between',
          mb: 2,
          gap: 1,
          flexWrap: 'wrap',
        }}
      >
        <Typography variant="h6" component="h2" id={headingId}>
          {t(
            kind === 'billing' ? 'customerForm.sections.billing' : 'customerForm.sections.shipping',
          )}
        </Typography>
        {kind === 'shipping' && (
          <Button size="small" startIcon={<ContentCopyIcon />} onClick={copyBilling}>
            {t('customerForm.actions.sameAsBilling')}
          </Button>
        )}
      </Stack>
      <Box sx={TWO_COLUMNS}>
        <FormField name={`${kind}.first_name`} label={label('first_name')} autoComplete="off" />
        <FormField name={`${kind}.last_name`} label={label('last_name')} autoComplete="off" />
        <FormField name={`${kind}.company`} label={label('company')} autoComplete="off" />
        <CountryField kind={kind} options={options} />
        <FormField name={`${kind}.address_1`} label={label('address_1')} autoComplete="off" />
        <FormField name={`${kind}.address_2`} label={label('address_2')} autoComplete="off" />
        <FormField name={`${kind}.city`} label={label('city')} autoComplete="off" />
        <StateField kind={kind} options={options} />
        <FormField name={`${kind}.postcode`} label={label('postcode')} autoComplete="off" />
        {(kind === 'billing' || showPhone) && (
          <FormField name={`${kind}.phone`} label={label('phone')} type="tel" autoComplete="off" />
        )}
        {kind === 'billing' && (
          <FormField
            name="billing.email"
            label={label('billingEmail')}
            type="email"
            autoComplete="off"
          />
        )}
      </Box>
    </Box>
  );
}
