import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { CustomerPartial } from '../../api/schemas/customer';
import { useApiClient } from '../../session/api-client-context';
import { customerQueries } from '../../queries/customer-queries';

const PICK_FIELDS = ['id', 'email', 'first_name', 'last_name', 'username'];

function userLabel(user: CustomerPartial): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return `${name || user.username || ''} <${user.email ?? ''}> (#${user.id})`;
}

/**
 * Any user can receive the deleted customer's posts, staff included, so this searches every role
 * (`role=all`) on the store, the customer being deleted excepted.
 */
export function ReassignPicker({
  excludeId,
  value,
  onChange,
}: {
  excludeId: number;
  value: CustomerPartial | null;
  onChange(user: CustomerPartial | null): void;
}) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [search, setSearch] = useState('');
  const users = useQuery({
    ...customerQueries.list(client, {
      role: 'all',
      search: search.trim() || undefined,
      per_page: 20,
      exclude: [excludeId],
      _fields: PICK_FIELDS,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Autocomplete
      options={users.data?.items ?? []}
      value={value}
      onChange={(_event, user) => onChange(user)}
      onInputChange={(_event, text, reason) => reason === 'input' && setSearch(text)}
      getOptionLabel={userLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options) => options} // the store searches; do not filter its answer again
      loading={users.isFetching}
      noOptionsText={t('customerDelete.noUsers')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('customerDelete.reassignTo')}
          helperText={t('customerDelete.reassignHelp')}
        />
      )}
    />
  );
}
