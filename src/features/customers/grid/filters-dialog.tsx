import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { CUSTOMER_ROLES } from '../../../api/endpoints/list-params';
import { formatIdList, parseIdList } from '../../../lib/id-list';
import { isValidEmail, type CustomerRole, type GridFilters } from './grid-params';

export interface FilterChoice {
  filters: Omit<GridFilters, 'search'>;
  /** Sort by the order of the listed ids (`orderby=include`). */
  includeOrder: boolean;
}

interface FiltersDialogProps {
  open: boolean;
  initial: FilterChoice;
  /** v1 has no role parameter, so the field is not offered there. */
  showRole: boolean;
  onApply(choice: FilterChoice): void;
  onClose(): void;
}

export function FiltersDialog({ open, ...props }: FiltersDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('customers.filters.title')}</DialogTitle>
      {/* Mounted per opening (and anew if the filters change meanwhile, e.g. a navigation that was
          still rendering), so it starts from the filters in force, not from an abandoned edit. */}
      {open && <FiltersForm key={JSON.stringify(props.initial)} {...props} />}
    </Dialog>
  );
}

function FiltersForm({ initial, showRole, onApply, onClose }: Omit<FiltersDialogProps, 'open'>) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initial.filters.email);
  const [role, setRole] = useState<CustomerRole>(initial.filters.role);
  const [include, setInclude] = useState(formatIdList(initial.filters.include));
  const [exclude, setExclude] = useState(formatIdList(initial.filters.exclude));
  const [includeOrder, setIncludeOrder] = useState(initial.includeOrder);
  const [submitted, setSubmitted] = useState(false);

  const emailError = email.trim() !== '' && !isValidEmail(email.trim());
  const included = parseIdList(include);
  const excluded = parseIdList(exclude);
  const idsError = (invalid: string[]) =>
    invalid.length > 0 ? t('customers.filters.idsInvalid', { tokens: invalid.join(', ') }) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (emailError || included.invalid.length > 0 || excluded.invalid.length > 0) return;
    onApply({
      filters: { email: email.trim(), role, include: included.ids, exclude: excluded.ids },
      includeOrder: includeOrder && included.ids.length > 0,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={t('customers.filters.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={submitted && emailError}
            helperText={
              submitted && emailError
                ? t('customers.filters.emailInvalid')
                : t('customers.filters.emailHelp')
            }
          />
          {showRole && (
            <TextField
              select
              label={t('customers.filters.role')}
              value={role}
              onChange={(event) => setRole(event.target.value as CustomerRole)}
            >
              {CUSTOMER_ROLES.map((value) => (
                <MenuItem key={value} value={value}>
                  {t(`customers.roles.${value}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            label={t('customers.filters.include')}
            value={include}
            onChange={(event) => setInclude(event.target.value)}
            error={submitted && included.invalid.length > 0}
            helperText={(submitted && idsError(included.invalid)) || t('customers.filters.idsHelp')}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={includeOrder}
                disabled={included.ids.length === 0}
                onChange={(event) => setIncludeOrder(event.target.checked)}
              />
            }
            label={t('customers.filters.includeOrder')}
          />
          <TextField
            label={t('customers.filters.exclude')}
            value={exclude}
            onChange={(event) => setExclude(event.target.value)}
            error={submitted && excluded.invalid.length > 0}
            helperText={(submitted && idsError(excluded.invalid)) || t('customers.filters.idsHelp')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('customers.filters.cancel')}</Button>
        <Button type="submit" variant="contained">
          {t('customers.filters.apply')}
        </Button>
      </DialogActions>
    </form>
  );
}
