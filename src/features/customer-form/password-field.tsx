import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Controller, type Control } from 'react-hook-form';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import type { CustomerFormValues } from './form-values';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*-_=+';

/** 20 characters from a 66-character alphabet: about 120 bits, from the browser's CSPRNG. */
export function generatePassword(length = 20): string {
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (n) => ALPHABET[n % ALPHABET.length]).join('');
}

/** Write-only: the store never returns passwords, so the field starts empty and "empty" = keep. */
export function PasswordField({
  control,
  mode,
}: {
  control: Control<CustomerFormValues>;
  mode: 'create' | 'edit';
}) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Controller
      control={control}
      name="password"
      render={({ field }) => (
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
        >
          <TextField
            {...field}
            label={t('customerForm.fields.password')}
            type={visible ? 'text' : 'password'}
            autoComplete="new-password"
            fullWidth
            helperText={t(
              mode === 'create'
                ? 'customerForm.help.passwordCreate'
                : 'customerForm.help.passwordEdit',
            )}
            slotProps={{
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      onClick={() => setVisible((shown) => !shown)}
                      aria-label={t(
                        visible
                          ? 'customerForm.actions.hidePassword'
                          : 'customerForm.actions.showPassword',
                      )}
                      aria-pressed={visible}
                      edge="end"
                    >
                      {visible ? <VisibilityOffIcon /> : <VisibilityIcon />}
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
          <Button
            variant="outlined"
            sx={{ flexShrink: 0, mt: { sm: 1 } }}
            onClick={() => {
              field.onChange(generatePassword());
              setVisible(true); // a generated password is useless unless it can be read and passed on
            }}
          >
            {t('customerForm.actions.generatePassword')}
          </Button>
        </Stack>
      )}
    />
  );
}
