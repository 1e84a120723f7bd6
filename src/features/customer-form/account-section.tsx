import { useTranslation } from '../../i18n/use-translation';
import { useFormContext } from 'react-hook-form';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { TWO_COLUMNS } from './address-section';
import { FormField } from './form-field';
import type { CustomerFormValues } from './form-values';
import { PasswordField } from './password-field';

export function AccountSection({ mode }: { mode: 'create' | 'edit' }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CustomerFormValues>();
  return (
    <Box component="section" aria-labelledby="account-heading">
      <Typography variant="h6" component="h2" id="account-heading" sx={{ mb: 2 }}>
        {t('customerForm.sections.account')}
      </Typography>
      <Box sx={TWO_COLUMNS}>
        <FormField
          name="email"
          label={t('customerForm.fields.email')}
          type="email"
          required
          autoComplete="off"
        />
        <FormField
          name="username"
          label={t('customerForm.fields.username')}
          autoComplete="off"
          // WooCommerce refuses to change a username ("Username isn't editable"). Read-only rather
          // than disabled: still focusable and readable, and at full contrast.
          slotProps={{ htmlInput: { readOnly: mode === 'edit' } }}
          helperText={t(
            mode === 'edit'
              ? 'customerForm.help.usernameFixed'
              : 'customerForm.help.usernameCreate',
          )}
        />
        <FormField
          name="first_name"
          label={t('customerForm.fields.first_name')}
          autoComplete="off"
        />
        <FormField name="last_name" label={t('customerForm.fields.last_name')} autoComplete="off" />
        <Box sx={{ gridColumn: '1 / -1' }}>
          <PasswordField control={control} mode={mode} />
        </Box>
      </Box>
    </Box>
  );
}
