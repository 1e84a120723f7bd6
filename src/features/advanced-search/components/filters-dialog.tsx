import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DATE_FIELDS, RANGE_FIELDS, type AdvancedFilters } from '../advanced-params';
import { FIELD_LABEL_KEYS } from './field-labels';
import { draftFrom, readDraft, type DraftErrors, type FilterDraft } from './filter-draft';

type Conditions = Pick<AdvancedFilters, 'countryIncludes' | 'countryExcludes' | 'ranges' | 'dates'>;

interface FiltersDialogProps {
  open: boolean;
  initial: AdvancedFilters;
  onApply(conditions: Conditions): void;
  onClose(): void;
}

/** Mounted fresh on each opening, so it starts from the conditions in the URL. */
export function FiltersDialog(props: FiltersDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="advanced-filters-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="advanced-filters-title">{t('advancedSearch.filters.title')}</DialogTitle>
      {props.open && <FiltersForm {...props} />}
    </Dialog>
  );
}

function FiltersForm({ initial, onApply, onClose }: FiltersDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FilterDraft>(() => draftFrom(initial));
  const [errors, setErrors] = useState<DraftErrors>({});
  const error = (key: string) => {
    const problem = errors[key];
    return problem ? t(`advancedSearch.filters.errors.${problem}`) : undefined;
  };
  const apply = () => {
    const result = readDraft(draft);
    if (result.ok) onApply(result.filters);
    else setErrors(result.errors);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <DialogContent dividers>
        <Stack spacing={2.5}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            {(['countryIncludes', 'countryExcludes'] as const).map((key) => (
              <TextField
                key={key}
                fullWidth
                size="small"
                label={t(`advancedSearch.filters.${key}`)}
                value={draft[key]}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
                error={Boolean(errors[key])}
                helperText={error(key) ?? t('advancedSearch.filters.countryHelp')}
              />
            ))}
          </Stack>
          <Alert severity="info" variant="outlined">
            {t('advancedSearch.filters.locationNote')}
          </Alert>
          {RANGE_FIELDS.map((field) => {
            const what = t(FIELD_LABEL_KEYS[field]);
            return (
              <Stack key={field} direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                {(['min', 'max'] as const).map((bound) => (
                  <TextField
                    key={bound}
                    fullWidth
                    size="small"
                    label={t(`advancedSearch.filters.${bound}`, { what })}
                    value={draft.ranges[field][bound]}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        ranges: {
                          ...draft.ranges,
                          [field]: { ...draft.ranges[field], [bound]: event.target.value },
                        },
                      })
                    }
                    error={Boolean(errors[`${field}_${bound}`])}
                    helperText={error(`${field}_${bound}`)}
                    slotProps={{
                      htmlInput: { inputMode: field === 'orders_count' ? 'numeric' : 'decimal' },
                    }}
                  />
                ))}
              </Stack>
            );
          })}
          <Typography variant="body2" color="text.secondary">
            {t('advancedSearch.filters.dateHelp')}
          </Typography>
          {DATE_FIELDS.map((field) => {
            const what = t(FIELD_LABEL_KEYS[field]);
            return (
              <Stack key={field} direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                {(['from', 'to'] as const).map((bound) => (
                  <TextField
                    key={bound}
                    fullWidth
                    size="small"
                    type="date"
                    label={t(`advancedSearch.filters.${bound}`, { what })}
                    value={draft.dates[field][bound]}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        dates: {
                          ...draft.dates,
                          [field]: { ...draft.dates[field], [bound]: event.target.value },
                        },
                      })
                    }
                    error={Boolean(errors[`${field}_${bound === 'from' ? 'after' : 'before'}`])}
                    helperText={error(`${field}_${bound === 'from' ? 'after' : 'before'}`)}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                ))}
              </Stack>
            );
          })}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('advancedSearch.filters.cancel')}</Button>
        <Button type="submit" variant="contained">
          {t('advancedSearch.filters.apply')}
        </Button>
      </DialogActions>
    </form>
  );
}
