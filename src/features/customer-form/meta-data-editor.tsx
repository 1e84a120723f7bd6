import { useTranslation } from '../../i18n/use-translation';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { FormField } from './form-field';
import type { CustomerFormValues } from './form-values';

/**
 * Custom fields. Removing a row that exists on the store sends it with `value: null` on save,
 * which is how WooCommerce deletes a meta key; new rows are added, edited rows updated by id.
 */
export function MetaDataEditor() {
  const { t } = useTranslation();
  const { control } = useFormContext<CustomerFormValues>();
  // `id` is the store's meta id here, so the array's own React keys must live elsewhere.
  const rows = useFieldArray({ control, name: 'meta_data', keyName: 'fieldKey' });
  const keys = useWatch({ control, name: 'meta_data' }).map((row) => row.key);

  return (
    <Box component="section" aria-labelledby="meta-heading">
      <Typography variant="h6" component="h2" id="meta-heading" sx={{ mb: 1 }}>
        {t('customerForm.sections.meta')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('customerForm.help.meta')}
      </Typography>
      <Stack spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {rows.fields.map((row, index) => {
          const key = keys[index] ?? '';
          const rowName = key.trim() || t('customerForm.meta.newRow', { number: index + 1 });
          return (
            <Box
              component="li"
              key={row.fieldKey}
              aria-label={t('customerForm.meta.row', { key: rowName })}
              sx={{
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: {
                  xs: '1fr auto',
                  md: 'minmax(0,1fr) minmax(0,2fr) 8rem auto',
                },
                alignItems: 'start',
                p: 1.5,
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
              }}
            >
              <Box sx={{ gridColumn: { xs: '1 / 2', md: 'auto' } }}>
                <FormField
                  name={`meta_data.${index}.key`}
                  label={t('customerForm.meta.key')}
                  size="small"
                />
                {key.trim().startsWith('_') && (
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={t('customerForm.meta.internal')}
                    sx={{ mt: 0.5 }}
                  />
                )}
              </Box>
              <IconButton
                aria-label={t('customerForm.meta.remove', { key: rowName })}
                onClick={() => rows.remove(index)}
                sx={{ gridColumn: { xs: '2 / 3', md: '4 / 5' }, gridRow: { xs: '1', md: 'auto' } }}
              >
                <DeleteOutlineIcon />
              </IconButton>
              <Box sx={{ gridColumn: { xs: '1 / -1', md: '2 / 3' }, gridRow: { md: '1' } }}>
                <FormField
                  name={`meta_data.${index}.value`}
                  label={t('customerForm.meta.value')}
                  size="small"
                  multiline
                  maxRows={8}
                  slotProps={{ htmlInput: { spellCheck: false } }}
                />
              </Box>
              <Controller
                control={control}
                name={`meta_data.${index}.kind`}
                render={({ field }) => (
                  <TextField
                    {...field}
                    select
                    size="small"
                    label={t('customerForm.meta.kind')}
                    sx={{ gridColumn: { xs: '1 / -1', md: '3 / 4' }, gridRow: { md: '1' } }}
                  >
                    <MenuItem value="text">{t('customerForm.meta.kindText')}</MenuItem>
                    <MenuItem value="json">{t('customerForm.meta.kindJson')}</MenuItem>
                  </TextField>
                )}
              />
            </Box>
          );
        })}
      </Stack>
      {rows.fields.length === 0 && (
        <Typography color="text.secondary">{t('customerForm.meta.empty')}</Typography>
      )}
      <Button
        startIcon={<AddIcon />}
        onClick={() => rows.append({ key: '', value: '', kind: 'text' })}
        sx={{ mt: 2 }}
      >
        {t('customerForm.meta.add')}
      </Button>
    </Box>
  );
}
